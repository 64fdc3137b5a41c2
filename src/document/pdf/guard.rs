//! Limits that keep a hostile PDF from crashing or exhausting the run: pdf-extract's panics
//! caught (and kept off standard error), form XObjects that draw themselves refused before
//! they can recurse without end, content streams that inflate past a limit (a zip bomb)
//! refused before they are inflated whole.

use super::PdfError;
use pdf_extract::{Dictionary, Document, Object, ObjectId};
use std::cell::Cell;
use std::collections::HashMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

/// Forms nested deeper than this are refused (real papers nest two or three).
const MAX_FORM_DEPTH: usize = 32;
/// A page's content streams inflated: a dense page of text is well under 1 MiB.
const MAX_PAGE_CONTENT: u64 = 64 << 20;

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Run `f`, a panic inside it caught and not printed: `None` if it panicked.
pub fn quiet<T>(f: impl FnOnce() -> T) -> Option<T> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f)).ok();
    QUIET.with(|q| q.set(false));
    result
}

/// Refuse a document whose form XObjects draw one another in a cycle or nest too deep: pdf-extract
/// follows `Do` by recursion, and a cycle would overflow the stack.
pub fn check(doc: &Document) -> Result<(), PdfError> {
    let mut depth: HashMap<ObjectId, Option<usize>> = HashMap::new();
    for (_, page) in doc.get_pages() {
        let mut inflated = 0;
        for id in doc.get_page_contents(page) {
            inflated += inflated_size(doc, id, MAX_PAGE_CONTENT - inflated.min(MAX_PAGE_CONTENT));
            if inflated > MAX_PAGE_CONTENT {
                return Err(PdfError::TooComplex(
                    "a page's content inflates past 64 MiB",
                ));
            }
        }
        let resources = page_resources(doc, page);
        for form in forms(doc, resources) {
            if form_depth(doc, form, resources, &mut depth, 0).is_none() {
                return Err(PdfError::TooComplex(
                    "its forms draw one another in a cycle or nest too deep",
                ));
            }
        }
    }
    Ok(())
}

/// The size of stream `id` once inflated, counted up to just past `limit` (so a bomb is never
/// inflated whole). Streams not compressed with Flate count as stored.
fn inflated_size(doc: &Document, id: ObjectId, limit: u64) -> u64 {
    use std::io::Read;
    let Ok(stream) = doc.get_object(id).and_then(|o| o.as_stream()) else {
        return 0;
    };
    let flate = match stream.dict.get(b"Filter") {
        Ok(Object::Name(name)) => name == b"FlateDecode",
        Ok(Object::Array(filters)) => filters
            .first()
            .and_then(|f| f.as_name().ok())
            .is_some_and(|n| n == b"FlateDecode"),
        _ => false,
    };
    if !flate {
        return stream.content.len() as u64;
    }
    let decoder = flate2::read::ZlibDecoder::new(stream.content.as_slice());
    std::io::copy(&mut decoder.take(limit + 1), &mut std::io::sink()).unwrap_or(0)
}

/// How deep forms nest under `form`; `None` for a cycle or past [`MAX_FORM_DEPTH`].
fn form_depth<'a>(
    doc: &'a Document,
    form: ObjectId,
    inherited: Option<&'a Dictionary>,
    memo: &mut HashMap<ObjectId, Option<usize>>,
    level: usize,
) -> Option<usize> {
    match memo.get(&form) {
        Some(Some(d)) => return Some(*d),
        Some(None) => return None, // on the path: a cycle
        None => {}
    }
    if level > MAX_FORM_DEPTH {
        return None;
    }
    memo.insert(form, None);
    let own = doc
        .get_object(form)
        .ok()
        .and_then(|o| o.as_stream().ok())
        .and_then(|s| s.dict.get(b"Resources").ok())
        .and_then(|r| deref_dict(doc, r));
    let resources = own.or(inherited);
    let mut deepest = 0;
    for inner in forms(doc, resources) {
        deepest = deepest.max(form_depth(doc, inner, resources, memo, level + 1)? + 1);
    }
    memo.insert(form, Some(deepest));
    (deepest <= MAX_FORM_DEPTH).then_some(deepest)
}

pub(super) fn page_resources(doc: &Document, page: ObjectId) -> Option<&Dictionary> {
    let mut dict = doc.get_dictionary(page).ok()?;
    // Resources may be inherited from the page tree; the tree's depth is bounded by lopdf.
    for _ in 0..64 {
        if let Ok(r) = dict.get(b"Resources") {
            return deref_dict(doc, r);
        }
        dict = doc
            .get_dictionary(dict.get(b"Parent").ok()?.as_reference().ok()?)
            .ok()?;
    }
    None
}

/// The form XObjects a resource dictionary names.
fn forms<'a>(doc: &'a Document, resources: Option<&'a Dictionary>) -> Vec<ObjectId> {
    let Some(xobjects) = resources
        .and_then(|r| r.get(b"XObject").ok())
        .and_then(|x| deref_dict(doc, x))
    else {
        return Vec::new();
    };
    xobjects
        .iter()
        .filter_map(|(_, o)| o.as_reference().ok())
        .filter(|id| {
            doc.get_object(*id)
                .ok()
                .and_then(|o| o.as_stream().ok())
                .is_some_and(|s| {
                    s.dict.get(b"Subtype").ok().and_then(|t| t.as_name().ok())
                        == Some(b"Form".as_slice())
                })
        })
        .collect()
}

pub(super) fn deref_dict<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Dictionary> {
    match o {
        Object::Dictionary(d) => Some(d),
        Object::Reference(id) => doc.get_dictionary(*id).ok(),
        _ => None,
    }
}
