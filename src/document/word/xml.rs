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
