use super::*;

/// (form, names, title, year, prefix, locator, text) of each cite of a note.
fn read(note: &str) -> Vec<String> {
    parse_note(note, 0)
        .iter()
        .map(|c| {
            assert_eq!(
                &note[c.span.start..c.span.end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                &c.text
            );
            format!(
                "{:?} {:?} {:?} {:?} {:?} {:?} | {}",
                c.form, c.names, c.title, c.year, c.prefix, c.locator, c.text
            )
        })
        .collect()
}

#[test]
fn scratch() {
    for note in [
        "Richard White, *The Organic Machine: The Remaking of the Columbia River* (New York: Hill and Wang, 1995), 45.",
        "White, *Organic Machine*, 60.",
        "Ibid., 72.",
    ] {
        println!("{note}\n  {:#?}", read(note));
    }
}
#[test]
fn scratch2() {
    for note in [
        "See also Donald Worster, *Rivers of Empire: Water, Aridity, and the Growth of the American West* (New York: Pantheon, 1985), 112–14; and White, *Organic Machine*, 60.",
        "For a contrary view, see Joan W. Scott, \"Gender: A Useful Category of Historical Analysis,\" *American Historical Review* 91, no. 5 (1986): 1053–75.",
        "Richard White, The Organic Machine: The Remaking of the Columbia River (New York: Hill and Wang, 1995), 45. On silt, see Worster, Rivers of Empire, 12.",
        "Joan Scott, ‘Gender: A Useful Category of Historical Analysis’, *American Historical Review*, 91 (1986), 1053–75 (p. 1055).",
        "White, p. 60.",
        "*Donoghue v Stevenson* [1932] AC 562 (HL) 580.",
        "Human Rights Act 1998, s 3.",
        "White (n 1) 60.",
        "ibid 72.",
        "Richard White, *The Organic Machine* (Hill and Wang 1995) 45.",
        "Joan Scott, 'Women's History and Gender' (1986) 91 AHR 1053, 1060.",
        "White, op. cit., 45.",
        "Ann Lee, Bob Cho, and Carl Dunn, The Long Shore (Boston: Beacon, 2001), 3.",
        "Alexis de Tocqueville, *Democracy in America*, trans. Henry Reeve (London: Saunders and Otley, 1835), 1:45.",
        "The silt counts were never published. Ibid., 80.",
        "For more on the history of this, see Ole-Johan Dahl, [The Birth of Object Orientation: the Simula Languages](https://link.springer.com/chapter/10.1007/978-3-540-39993-3_3). *Object-Orientation to Formal Methods*, Owe O., Krogdahl S., Lyche T.Eds. *Lecture Notes in Computer Science*, vol 2635 (Berlin/Heidelberg: Springer, 2004).",
    ] {
        println!("{note}\n  {:#?}", read(note));
    }
}
