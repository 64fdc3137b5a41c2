fn main() {
    let style = match std::env::args().nth(1).as_deref() { Some("chicago") => citecheck::generate::GenStyle::Chicago, Some("harvard") => citecheck::generate::GenStyle::Harvard, Some("ieee") => citecheck::generate::GenStyle::Ieee, Some("vancouver") => citecheck::generate::GenStyle::Vancouver, _ => citecheck::generate::GenStyle::Apa };
    print!("{}", citecheck::generate::paper(42, style, 60, 150));
}
