//! Patents in engineering lists: the patent's number is the `@patent`'s number, its office
//! the entry's type, and no digit of it is a volume or pages.

use super::super::parse;
use crate::reference::EntryType;

#[test]
fn a_patent_and_its_number() {
    for (text, number, kind, title) in [
        (
            "[56] Okafor, E., “Method and Apparatus for Detecting Tidal Signals in the Presence of Noise,” Jan. 23 1973, US Patent 3,712,959.",
            "3,712,959",
            Some("patentus"),
            "Method and Apparatus for Detecting Tidal Signals in the Presence of Noise",
        ),
        (
            "Lind, B. A. (2004). Method for cooling tidal turbine blades. U.S. Patent No. 6,789,012. Washington, DC: U.S. Patent and Trademark Office.",
            "6,789,012",
            Some("patentus"),
            "Method for cooling tidal turbine blades",
        ),
        (
            "Marsh T.M., Okafor W.J. Absolute tide gauge incorporating improved operating features. USA Patent № 5351122, date of patent Sep. 27, 1994.",
            "5351122",
            Some("patentus"),
            "Absolute tide gauge incorporating improved operating features",
        ),
        (
            "Lind, B., and Marsh, C. 1999. Tidal energy converter. European Patent EP 0 912 345 B1.",
            "EP 0 912 345 B1",
            Some("patenteu"),
            "Tidal energy converter",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.entry_type, EntryType::Patent, "{text}");
        assert_eq!(r.number.as_deref(), Some(number), "{text}");
        assert_eq!(r.work_type.as_deref(), kind, "{text}");
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!((r.volume, r.pages, r.container), (None, None, None), "{text}");
        assert!(r.date.is_some(), "{text}");
    }
}

#[test]
fn a_title_about_patents_is_no_patent() {
    let r = parse("Okafor, A. (2001). The patent system and innovation in tidal energy. Research Policy, 30(2), 12–20.");
    assert_eq!(r.entry_type, EntryType::Article);
    assert_eq!(r.container.as_deref(), Some("Research Policy"));
    assert_eq!(r.volume.as_deref(), Some("30"));
}
