//! The parsed reference list as a table for people.

use crate::reference::{Name, Reference};
use comfy_table::{presets, ContentArrangement, Table};

fn short(text: Option<&str>, max: usize) -> String {
    let t = text.unwrap_or("");
    if t.chars().count() <= max {
        t.to_string()
    } else {
        format!("{}…", t.chars().take(max - 1).collect::<String>())
    }
}

fn authors(list: &[Name]) -> String {
    let names: Vec<String> = list.iter().map(Name::cite_name).collect();
    match names.len() {
        0 => String::new(),
        1..=3 => names.join("; "),
        n => format!("{}; … ({n})", names[..2].join("; ")),
    }
}

pub fn render_refs_table(references: &[Reference]) -> String {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled);
    table.set_header(vec![
        "Key",
        "Line",
        "Type",
        "Authors",
        "Date",
        "Title",
        "Container",
    ]);
    for r in references {
        table.add_row(vec![
            r.key.clone(),
            r.line.to_string().into(),
            r.entry_type.as_str().into(),
            short(Some(&authors(r.creators())), 40).into(),
            r.date.map_or_else(
                || r.pubstate.clone().unwrap_or_default(),
                |d| d.to_string().into(),
            ),
            short(r.title.as_deref(), 50).into(),
            short(r.container.as_deref().or(r.publisher.as_deref()), 30).into(),
        ]);
    }
    table.to_string() + "\n"
}
