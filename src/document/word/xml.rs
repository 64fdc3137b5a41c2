//! Small helpers over `roxmltree` for WordprocessingML: elements and attributes in Word's
//! namespace (transitional or strict), whatever prefix a file gives it.

use roxmltree::Node;

/// WordprocessingML's namespace, as Word writes it and as "Strict Open XML" writes it.
const WORD: [&str; 2] = [
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
];

/// Markup compatibility (`mc:AlternateContent`).
const MC: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// Is `node` the Word element `name`?
pub fn w(node: &Node, name: &str) -> bool {
    node.is_element()
        && node.tag_name().name() == name
        && node
            .tag_name()
            .namespace()
            .is_some_and(|ns| WORD.contains(&ns))
}

/// Is `node` the markup-compatibility element `name`?
pub fn mc(node: &Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && node.tag_name().namespace() == Some(MC)
}

/// A Word attribute (`w:val`), or one without a namespace.
pub fn attr<'a>(node: &Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attributes()
        .find(|a| a.name() == name && a.namespace().is_none_or(|ns| WORD.contains(&ns)))
        .map(|a| a.value())
}

/// The first Word child element `name`.
pub fn child<'a, 'i>(node: &Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|n| w(n, name))
}

/// Every Word child element `name`.
pub fn children<'a, 'i: 'a>(
    node: &Node<'a, 'i>,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    node.children().filter(move |n| w(n, name))
}

/// The branch of an `mc:AlternateContent` to read: the first choice (Word's own reading),
/// else the fallback.
pub fn alternate<'a, 'i>(node: &Node<'a, 'i>) -> Option<Node<'a, 'i>> {
    node.children()
        .find(|n| mc(n, "Choice"))
        .or_else(|| node.children().find(|n| mc(n, "Fallback")))
}

/// Deepest element nesting parsed. `roxmltree` parses nested elements by recursion, so a
/// hostile part nested many thousands deep would overflow the stack; Word writes a few dozen.
pub const MAX_NESTING: usize = 256;

/// How deep elements nest in `xml`, counted without parsing it (tags inside comments, CDATA
/// and quoted attribute values do not count). Stops counting past `limit`.
pub fn nesting(xml: &str, limit: usize) -> usize {
    let bytes = xml.as_bytes();
    let (mut depth, mut deepest, mut i) = (0usize, 0usize, 0usize);
    let skip_to = |from: usize, end: &str| {
        xml[from..]
            .find(end)
            .map_or(bytes.len(), |at| from + at + end.len())
    };
    while let Some(at) = memchr_lt(bytes, i) {
        let rest = &xml[at..];
        if rest.starts_with("<!--") {
            i = skip_to(at, "-->");
        } else if rest.starts_with("<![CDATA[") {
            i = skip_to(at, "]]>");
        } else if rest.starts_with("<?") {
            i = skip_to(at, "?>");
        } else if rest.starts_with("<!") {
            i = skip_to(at, ">");
        } else if rest.starts_with("</") {
            depth = depth.saturating_sub(1);
            i = skip_to(at, ">");
        } else {
            // A start tag: find its end outside quoted values.
            let mut j = at + 1;
            let mut quote = None;
            while j < bytes.len() {
                match (bytes[j], quote) {
                    (b'"' | b'\'', None) => quote = Some(bytes[j]),
                    (q, Some(open)) if q == open => quote = None,
                    (b'>', None) => break,
                    _ => {}
                }
                j += 1;
            }
            if bytes.get(j.wrapping_sub(1)) != Some(&b'/') {
                depth += 1;
                deepest = deepest.max(depth);
                if deepest > limit {
                    return deepest;
                }
            }
            i = j + 1;
        }
    }
    deepest
}

fn memchr_lt(bytes: &[u8], from: usize) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|&b| b == b'<')
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_counts_elements_not_markup_in_text() {
        assert_eq!(nesting("<a><b/><c x='>'><d></d></c></a>", 10), 3);
        assert_eq!(
            nesting(
                "<?xml version='1.0'?><!-- <x><y> --><a><![CDATA[<z>]]></a>",
                10
            ),
            1
        );
        assert_eq!(nesting(&"<a>".repeat(50), 10), 11);
    }
}
