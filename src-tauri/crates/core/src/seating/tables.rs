//! How many tables a café needs, how many sit at each, and how many pairs are bound to
//! share a table when a group is spread over several.

/// Table size the café aims for when the facilitator has not chosen a table count.
pub const DEFAULT_TARGET_SIZE: u32 = 4;
/// Most people a table is meant to seat, unless the facilitator says otherwise.
pub const DEFAULT_MAX_SIZE: u32 = 5;
/// Rounds a café runs for, unless the facilitator says otherwise.
pub const DEFAULT_ROUNDS: u32 = 3;

/// The number of tables for `n` people: the fewest tables that keep every table within
/// `max` while seating at least `target` on average, else enough tables of `target`.
/// Always at least one table; an empty room gets one table (nobody is seated anyway,
/// and [`super::plan`] refuses it).
///
/// ```
/// use mobilise_core::seating::default_table_count;
/// assert_eq!(default_table_count(17, 4, 5), 4); // 5, 4, 4, 4
/// assert_eq!(default_table_count(11, 4, 5), 3); // 4, 4, 3
/// ```
pub fn default_table_count(n: u32, target: u32, max: u32) -> u32 {
    let target = target.max(1);
    let fewer = n / target;
    let count = if fewer >= 1 && n.div_ceil(fewer) <= max {
        fewer
    } else {
        n.div_ceil(target)
    };
    count.max(1)
}

/// Table sizes for `n` people at `tables` tables, as equal as possible, larger tables
/// first: table `t` of a planned round seats `sizes(n, tables)[t]`.
///
/// ```
/// use mobilise_core::seating::sizes;
/// assert_eq!(sizes(17, 4), vec![5, 4, 4, 4]);
/// assert_eq!(sizes(11, 3), vec![4, 4, 3]);
/// ```
pub fn sizes(n: u32, tables: u32) -> Vec<u32> {
    if tables == 0 {
        return Vec::new();
    }
    let (q, r) = (n / tables, n % tables);
    (0..tables).map(|t| if t < r { q + 1 } else { q }).collect()
}

/// The fewest pairs left sharing a table when `s` people are spread over `g` tables:
/// as evenly as possible, ρ tables get q + 1 of them and the rest q, with
/// q = ⌊s/g⌋ and ρ = s mod g, giving ρ·C(q+1, 2) + (g − ρ)·C(q, 2) pairs. Spreading
/// evenly is best because C(x, 2) is convex.
pub fn min_together(s: u32, g: u32) -> u64 {
    if g == 0 {
        return 0;
    }
    let (q, rho) = (u64::from(s / g), u64::from(s % g));
    rho * choose2(q + 1) + (u64::from(g) - rho) * choose2(q)
}

pub(crate) fn choose2(x: u64) -> u64 {
    x * x.saturating_sub(1) / 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn min_together_by_hand() {
        assert_eq!(min_together(4, 3), 1); // 2 + 1 + 1
        assert_eq!(min_together(5, 4), 1); // 2 + 1 + 1 + 1
        assert_eq!(min_together(4, 4), 0);
        assert_eq!(min_together(7, 2), 9); // 4 + 3: 6 + 3
        assert_eq!(min_together(5, 1), 10);
        assert_eq!(min_together(0, 3), 0);
        assert_eq!(min_together(3, 0), 0);
    }

    #[test]
    fn sizes_add_up_and_differ_by_at_most_one() {
        for n in 0..50 {
            for t in 1..12 {
                let s = sizes(n, t);
                assert_eq!(s.iter().sum::<u32>(), n);
                assert!(s.windows(2).all(|w| w[0] >= w[1] && w[0] - w[1] <= 1));
            }
        }
        assert!(sizes(5, 0).is_empty());
    }
}
