//! The OpenDocument reader on small `content.xml` bodies of our own.

use super::styles::{alpha, Styles};
use super::*;

const NS: &str = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
    xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" \
    xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" \
    xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
    xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" \
    xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
    xmlns:field=\"urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0\"";

/// The text and raw fields (instruction, shown text) of a body with automatic `styles`.
fn read(styles: &str, body: &str) -> (String, Vec<(String, String)>) {
    let xml = format!(
        "<office:document-content {NS}><office:automatic-styles>{styles}</office:automatic-styles>\
         <office:body><office:text>{body}</office:text></office:body></office:document-content>"
    );
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let mut parsed = Styles::default();
    parsed.add(&doc);
    let text = doc.descendants().find(|n| is(n, OFFICE, "text")).unwrap();
    let mut writer = Writer::new(&parsed);
    writer.blocks(text);
    writer.out.close_all();
    let fields = writer.out.shown_fields();
    (writer.out.text, fields)
}

#[test]
fn tracked_deletions_and_comments_are_not_read() {
    let body = "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>\
                <text:p>Deleted (Ghost, 2000).</text:p></text:deletion></text:changed-region>\
                </text:tracked-changes>\
                <text:p>Kept<text:change text:change-id=\"c1\"/> and \
                <text:change-start text:change-id=\"c2\"/>added<text:change-end text:change-id=\"c2\"/>\
                <office:annotation><dc:creator>R</dc:creator><text:p>Note (Ghost, 2000)</text:p>\
                </office:annotation>.<office:annotation-end/></text:p>";
    assert_eq!(read("", body).0, "Kept and added.\n\n");
}

#[test]
fn spaces_tabs_and_styles() {
    let styles = "<style:style style:name=\"I\" style:family=\"text\">\
                  <style:text-properties fo:font-style=\"italic\"/></style:style>\
                  <style:style style:name=\"J\" style:family=\"text\" style:parent-style-name=\"I\"/>\
                  <style:style style:name=\"S\" style:family=\"text\">\
                  <style:text-properties style:text-position=\"super 58%\"/></style:style>";
    let body = "<text:p>  Roe.<text:s text:c=\"2\"/><text:span text:style-name=\"J\">Journal \
                <text:span text:style-name=\"I\">of Rest </text:span></text:span>3<text:tab/>4, \
                as shown.<text:span text:style-name=\"S\">1,2</text:span><text:s text:c=\"99999999\"/></text:p>";
    assert_eq!(
        read(styles, body).0,
        "Roe.  *Journal of Rest* 3\t4, as shown.<sup>1,2</sup>\n\n"
    );
}

#[test]
fn list_labels_count_by_style_and_continue() {
    let styles =
        "<text:list-style style:name=\"L\"><text:list-level-style-number text:level=\"1\" \
                  style:num-suffix=\".\" style:num-format=\"1\" text:start-value=\"3\"/>\
                  <text:list-level-style-number text:level=\"2\" style:num-prefix=\"(\" \
                  style:num-suffix=\")\" style:num-format=\"a\"/></text:list-style>\
                  <text:list-style style:name=\"B\"><text:list-level-style-bullet text:level=\"1\" \
                  text:bullet-char=\"•\"/></text:list-style>";
    let body = "<text:list text:style-name=\"L\"><text:list-item><text:p>One</text:p>\
                <text:list><text:list-item><text:p>Sub</text:p></text:list-item></text:list>\
                </text:list-item><text:list-item><text:p>Two</text:p></text:list-item></text:list>\
                <text:p>Between</text:p>\
                <text:list text:style-name=\"L\" text:continue-numbering=\"true\">\
                <text:list-item><text:p>Three</text:p></text:list-item></text:list>\
                <text:list text:style-name=\"B\"><text:list-header><text:p>Head</text:p>\
                </text:list-header><text:list-item><text:p>Dot</text:p></text:list-item></text:list>";
    assert_eq!(
        read(styles, body).0,
        "3. One\n\n(a) Sub\n\n4. Two\n\nBetween\n\n5. Three\n\nHead\n\n- Dot\n\n"
    );
}

#[test]
fn zotero_marks_sections_and_word_field_marks_become_fields() {
    let body = "<text:p>As shown <text:reference-mark-start text:name=\"ZOTERO_ITEM CSL_CITATION {} RNDab\"/>\
                (Roe, 2001)<text:reference-mark-end text:name=\"ZOTERO_ITEM CSL_CITATION {} RNDab\"/> \
                and <text:bookmark-start text:name=\"ZOTERO_ITEM {} RNDcd\"/>[2]\
                <text:bookmark-end text:name=\"ZOTERO_ITEM {} RNDcd\"/>; <field:fieldmark-start \
                text:name=\"B\" field:type=\"vnd.oasis.opendocument.field.UNHANDLED\">\
                <field:param field:name=\"vnd.oasis.opendocument.field.code\" \
                field:value=\"ADDIN CSL_CITATION {}\"/></field:fieldmark-start>\
                <field:fieldmark-separator/>(Poe, 1999)<field:fieldmark-end/>.</text:p>\
                <text:section text:name=\"ZOTERO_BIBL {} CSL_BIBLIOGRAPHY RNDef\">\
                <text:p>Roe, A. (2001). A.</text:p><text:p>Poe, B. (1999). B.</text:p></text:section>";
    let (text, fields) = read("", body);
    assert_eq!(
        text,
        "As shown (Roe, 2001) and [2]; (Poe, 1999).\n\n\
         Roe, A. (2001). A.\n\nPoe, B. (1999). B.\n\n"
    );
    assert_eq!(
        fields,
        [
            (
                "ADDIN ZOTERO_ITEM CSL_CITATION {} RNDab".into(),
                "(Roe, 2001)".into()
            ),
            ("ADDIN ZOTERO_ITEM {} RNDcd".into(), "[2]".into()),
            ("ADDIN CSL_CITATION {}".into(), "(Poe, 1999)".into()),
            (
                "ADDIN ZOTERO_BIBL {} CSL_BIBLIOGRAPHY RNDef".into(),
                "Roe, A. (2001). A.\n\nPoe, B. (1999). B.\n\n".into()
            ),
        ]
    );
}

#[test]
fn zotero_bookmark_mode_reads_its_code_from_the_custom_properties() {
    let meta = roxmltree::Document::parse(
        "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"><office:meta>\
         <meta:user-defined meta:name=\"ZOTERO_BREF_k1_2\">{} RNDx</meta:user-defined>\
         <meta:user-defined meta:name=\"ZOTERO_BREF_k1_1\">ADDIN ZOTERO_ITEM CSL_CITATION </meta:user-defined>\
         <meta:user-defined meta:name=\"Other_1\">x</meta:user-defined>\
         </office:meta></office:document-meta>",
    )
    .unwrap();
    let codes = bookmark_codes(&meta);
    assert_eq!(
        codes.get("ZOTERO_BREF_k1").map(String::as_str),
        Some("ADDIN ZOTERO_ITEM CSL_CITATION {} RNDx")
    );
    assert_eq!(codes.len(), 1);
    let xml = format!(
        "<office:document-content {NS}><office:body><office:text><text:p>\
         <text:bookmark-start text:name=\"ZOTERO_BREF_k1\"/>(Roe, 2001)\
         <text:bookmark-end text:name=\"ZOTERO_BREF_k1\"/> and a heading's \
         <text:bookmark-start text:name=\"intro\"/>anchor<text:bookmark-end text:name=\"intro\"/>\
         </text:p></office:text></office:body></office:document-content>"
    );
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let styles = Styles::default();
    let mut writer = Writer::new(&styles);
    writer.bookmark_codes = codes;
    writer.blocks(doc.descendants().find(|n| is(n, OFFICE, "text")).unwrap());
    let fields = writer.out.shown_fields();
    assert_eq!(
        fields,
        [(
            "ADDIN ZOTERO_ITEM CSL_CITATION {} RNDx".to_string(),
            "(Roe, 2001)".to_string()
        )]
    );
}

#[test]
fn unclosed_marks_are_bounded() {
    let body = format!(
        "<text:p>{}{}text{}</text:p>",
        "<text:reference-mark-start text:name=\"ZOTERO_ITEM {}\"/>".repeat(5_000),
        "<field:fieldmark-start/>".repeat(5_000),
        "<field:fieldmark-end/><text:reference-mark-end text:name=\"nothing\"/>".repeat(5_000),
    );
    let (text, fields) = read("", &body);
    assert_eq!(text, "text\n\n");
    assert_eq!(fields.len(), MAX_OPEN);
}

#[test]
fn field_marks_with_and_without_a_separator() {
    // With a separator, text before it is the code; without one (older LibreOffice), all the
    // mark holds is its shown text.
    let mark = |inner: &str| {
        format!(
            "<field:fieldmark-start text:name=\"B\"><field:param \
             field:name=\"vnd.oasis.opendocument.field.code\" field:value=\"ADDIN CSL_CITATION {{}}\"/>\
             </field:fieldmark-start>{inner}<field:fieldmark-end/>"
        )
    };
    let body = format!(
        "<text:p>As {} and {}.</text:p>",
        mark(" ADDIN CSL_CITATION {}<field:fieldmark-separator/>(Roe, 2001)"),
        mark("(Poe, 1999)")
    );
    let (text, fields) = read("", &body);
    assert_eq!(text, "As (Roe, 2001) and (Poe, 1999).\n\n");
    let shown: Vec<_> = fields.iter().map(|(_, shown)| shown.as_str()).collect();
    assert_eq!(shown, ["(Roe, 2001)", "(Poe, 1999)"]);
}

#[test]
fn a_label_the_file_wrote_is_the_one_shown() {
    let styles =
        "<text:list-style style:name=\"L\"><text:list-level-style-number text:level=\"1\" \
                  style:num-suffix=\".\" style:num-format=\"1\"/></text:list-style>";
    let body =
        "<text:list text:style-name=\"L\"><text:list-item><text:p><text:number>[7]</text:number>\
                Roe.</text:p><text:p>More of it.</text:p></text:list-item>\
                <text:list-item><text:p>Poe.</text:p></text:list-item></text:list>";
    assert_eq!(
        read(styles, body).0,
        "[7] Roe.\n\nMore of it.\n\n2. Poe.\n\n"
    );
}

#[test]
fn labels_in_letters_and_numerals() {
    assert_eq!(alpha(1, false), "a");
    assert_eq!(alpha(28, true), "AB");
    assert_eq!(roman(14), "XIV");
    assert_eq!(roman(0), "0");
}

#[test]
fn flat_files_are_told_by_their_root_element() {
    let root =
        "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">";
    assert!(is_flat(
        format!("<?xml version=\"1.0\"?>\n\n{root}").as_bytes()
    ));
    assert!(is_flat(format!("\u{feff}<!-- saved -->{root}").as_bytes()));
    // A part of a zipped file, a text about the format and other XML are not.
    assert!(!is_flat(b"<office:document-content>"));
    assert!(!is_flat(b"The root is <office:document> in a flat file."));
    assert!(!is_flat(b"<html><body>text</body></html>"));
    assert!(!is_flat(b""));
}

#[test]
fn a_flat_file_reads_as_its_parts_do() {
    let xml = format!(
        "<office:document {NS} office:mimetype=\"application/vnd.oasis.opendocument.text\">\
         <office:meta/><office:styles><style:style style:name=\"I\" style:family=\"text\">\
         <style:text-properties fo:font-style=\"italic\"/></style:style></office:styles>\
         <office:body><office:text><text:h text:outline-level=\"1\">References</text:h>\
         <text:p>Roe, A. (2001). <text:span text:style-name=\"I\">Rest</text:span>, 3.</text:p>\
         </office:text></office:body></office:document>"
    );
    let word = read_flat(Path::new("paper.fodt"), &xml).unwrap();
    assert_eq!(word.text, "# References\n\nRoe, A. (2001). *Rest*, 3.\n\n");
    assert_eq!(word.map.places.len(), 2);
}

#[test]
fn multi_level_labels_show_the_levels_above() {
    let styles = "<text:list-style style:name=\"L\">\
                  <text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" \
                  style:num-format=\"1\"/>\
                  <text:list-level-style-number text:level=\"2\" style:num-suffix=\")\" \
                  style:num-format=\"a\" text:display-levels=\"2\"/>\
                  <text:list-level-style-number text:level=\"3\" style:num-format=\"i\" \
                  text:display-levels=\"3\"/></text:list-style>";
    let item = |text: &str, inner: &str| {
        format!("<text:list-item><text:p>{text}</text:p>{inner}</text:list-item>")
    };
    let inner = format!(
        "<text:list>{}{}</text:list>",
        item("Roe.", ""),
        item(
            "Poe.",
            &format!("<text:list>{}</text:list>", item("Doe.", ""))
        )
    );
    let body = format!(
        "<text:list text:style-name=\"L\">{}{}</text:list>",
        item("Books", ""),
        item("Articles", &inner)
    );
    assert_eq!(
        read(styles, &body).0,
        "1. Books\n\n2. Articles\n\n2.a) Roe.\n\n2.b) Poe.\n\n2.b.i Doe.\n\n"
    );
}

/// Mendeley's LibreOffice plugin names each citation's reference mark by its whole code.
#[test]
fn mendeley_reference_marks_are_fields() {
    let code = "ADDIN CSL_CITATION {&quot;citationItems&quot;: []}";
    let body = format!(
        "<text:p>As shown <text:reference-mark-start text:name=\"{code}\"/>(1)\
         <text:reference-mark-end text:name=\"{code}\"/>.</text:p>"
    );
    let (text, fields) = read("", &body);
    assert_eq!(text, "As shown (1).\n\n");
    assert_eq!(
        fields,
        [(
            "ADDIN CSL_CITATION {\"citationItems\": []}".to_string(),
            "(1)".to_string()
        )]
    );
}
