//! Print a style bundled with hayagriva as CSL XML, to read what the engine is given:
//! `cargo run --release --example dump_style -- vancouver > vancouver.csl`.
use hayagriva::archive::ArchivedStyle;

fn main() {
    let Some(name) = std::env::args().nth(1) else {
        eprintln!("usage: dump_style NAME");
        std::process::exit(2);
    };
    let Some(style) = ArchivedStyle::by_name(&name) else {
        eprintln!("{name}: not a bundled style (`citecheck styles` lists them)");
        std::process::exit(2);
    };
    match style.get().to_xml() {
        Ok(xml) => print!("{xml}"),
        Err(e) => {
            eprintln!("{name}: {e}");
            std::process::exit(1);
        }
    }
}
