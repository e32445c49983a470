//! The nearest known names to one a user typed (edit distance, ties in the names' order), for "did you mean".

/// The edit distance between two strings, compared without regard to ASCII case.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().map(|c| c.to_ascii_lowercase()).collect();
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// Up to `count` names nearest to `wanted`, nearest first.
pub fn nearest<'a>(wanted: &str, names: impl IntoIterator<Item = &'a str>, count: usize) -> Vec<&'a str> {
    let mut scored: Vec<(usize, usize, &str)> =
        names.into_iter().enumerate().map(|(i, name)| (distance(wanted, name), i, name)).collect();
    scored.sort();
    let mut found: Vec<&str> = Vec::new();
    for (_, _, name) in scored {
        if found.len() == count {
            break;
        }
        if !found.contains(&name) {
            found.push(name);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("P001", "p001"), 0);
        assert_eq!(distance("", "abc"), 3);
    }

    #[test]
    fn nearest_first_then_in_order() {
        assert_eq!(nearest("P00", ["P001", "X", "P002"], 2), vec!["P001", "P002"]);
    }
}
