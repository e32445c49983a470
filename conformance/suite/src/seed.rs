//! Values generated from the run's seed: the same seed, case and name give the same value on every run and
//! machine (SplitMix64 over an FNV-1a hash; no randomness from the environment), so a failing run can be repeated
//! exactly with `--seed N`.

/// The generator of a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seed(pub u64);

fn fnv1a(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0xff)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = x;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Seed {
    /// A value for `name` in `case`: `ps` and 14 hexadecimal digits (fits every reference field of the APIs).
    pub fn value(self, case: &str, name: &str) -> String {
        let n = splitmix(self.0 ^ fnv1a(&[case, name]));
        format!("ps{:014x}", n & 0x00ff_ffff_ffff_ffff)
    }

    /// A seed from the wall clock, for a run that names none (printed, so it can be repeated).
    pub fn from_clock() -> Seed {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        Seed(splitmix(u64::try_from(nanos % u128::from(u64::MAX)).unwrap_or_default()) % 1_000_000_000)
    }
}

#[cfg(test)]
mod tests {
    use super::Seed;

    #[test]
    fn values_are_deterministic_and_distinct() {
        assert_eq!(Seed(7).value("a/b", "ref"), Seed(7).value("a/b", "ref"));
        assert_ne!(Seed(7).value("a/b", "ref"), Seed(8).value("a/b", "ref"));
        assert_ne!(Seed(7).value("a/b", "ref"), Seed(7).value("a/b", "ref2"));
        assert_eq!(Seed(7).value("a/b", "ref").len(), 16);
    }
}
