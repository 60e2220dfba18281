//! What a pair costs: the trial's priorities as levels, each weighted above everything
//! the levels below it could add up to over a whole round, so a lower level only ever
//! decides between pairings that are equal on every level above it.

use std::collections::{HashMap, HashSet};

use super::{Member, RoundRequest};
use crate::matching::MAX_COST;
use crate::text::clean_line;

/// What is known of the round's members for weighing their pairs (by index).
pub struct Weigher {
    groups: Vec<String>,
    organisations: Vec<String>,
    sites: Vec<String>,
    senior: Vec<bool>,
    /// For each pair that met before: how often, and the latest round it met in.
    met: HashMap<(usize, usize), (u32, u32)>,
    /// How often each member has been in a group of three or more.
    pub trios: Vec<u32>,
    apart: HashSet<(usize, usize)>,
    across_organisations: bool,
    prefer_same_site: bool,
    /// The most a repeat can count for, so the level above it is weighted past it.
    latest_round: u32,
    weight: [i64; 4],
}

fn key(a: usize, b: usize) -> (usize, usize) {
    (a.min(b), a.max(b))
}

/// Text as compared: blank is not known, and case and spacing do not make a new group.
fn known(text: &str) -> String {
    clean_line(text).to_lowercase()
}

impl Weigher {
    pub fn new(members: &[&Member], request: &RoundRequest<'_>) -> Weigher {
        let index: HashMap<uuid::Uuid, usize> =
            members.iter().enumerate().map(|(i, m)| (m.id, i)).collect();
        let mut met: HashMap<(usize, usize), (u32, u32)> = HashMap::new();
        let mut trios = vec![0; members.len()];
        let mut latest_round = 0;
        let mut most_met = 0;
        for earlier in request.earlier {
            latest_round = latest_round.max(earlier.round);
            for group in &earlier.groups {
                let here: Vec<usize> = group
                    .iter()
                    .filter_map(|id| index.get(id).copied())
                    .collect();
                if group.len() >= 3 {
                    for &i in &here {
                        trios[i] += 1;
                    }
                }
                for (x, &a) in here.iter().enumerate() {
                    for &b in &here[x + 1..] {
                        let entry = met.entry(key(a, b)).or_insert((0, 0));
                        entry.0 += 1;
                        entry.1 = entry.1.max(earlier.round);
                        most_met = most_met.max(entry.0);
                    }
                }
            }
        }
        let apart = request
            .keep_apart
            .iter()
            .filter_map(|(a, b)| Some(key(*index.get(a)?, *index.get(b)?)))
            .collect();
        // Every level's most per pair, times the pairs in a round, plus one: the weight
        // of the level above.
        let pairs = i64::try_from(members.len() / 2 + 1).unwrap_or(i64::MAX);
        let repeat_most =
            i64::from(most_met) * (i64::from(latest_round) + 2) + i64::from(latest_round) + 1;
        let mut weight = [1i64; 4];
        for (level, most) in [1i64, 1, 2].into_iter().enumerate() {
            weight[level + 1] =
                weight[level].saturating_mul(pairs.saturating_mul(most).saturating_add(1));
        }
        // A programme too big for strict levels keeps their order, if not every margin.
        let top = weight[3].saturating_mul(repeat_most.max(1));
        if top > MAX_COST {
            let scale = top / MAX_COST + 1;
            for w in &mut weight[1..] {
                *w = (*w / scale).max(1);
            }
        }
        Weigher {
            groups: members.iter().map(|m| known(&m.group)).collect(),
            organisations: members.iter().map(|m| known(&m.organisation)).collect(),
            sites: members.iter().map(|m| known(&m.site)).collect(),
            senior: members.iter().map(|m| m.senior).collect(),
            met,
            trios,
            apart,
            across_organisations: request.across_organisations,
            prefer_same_site: request.prefer_same_site,
            latest_round,
            weight,
        }
    }

    /// Whether `a` and `b` may be put together at all.
    pub fn allowed(&self, a: usize, b: usize) -> bool {
        a != b && !self.apart.contains(&key(a, b))
    }

    /// The pair's cost on every level together.
    pub fn cost(&self, a: usize, b: usize) -> i64 {
        let levels = [
            i64::from(self.different_sites(a, b)),
            i64::from(self.leaders_together(a, b)),
            self.same_group(a, b) + self.same_organisation(a, b),
            self.repeat_level(a, b),
        ];
        levels
            .iter()
            .zip(self.weight)
            .fold(0i64, |sum, (level, weight)| {
                sum.saturating_add(level.saturating_mul(weight))
            })
            .min(MAX_COST)
    }

    /// How much meeting again costs: more for each earlier meeting, and for a recent one
    /// more than for one long ago.
    pub fn repeat_level(&self, a: usize, b: usize) -> i64 {
        match self.met.get(&key(a, b)) {
            None => 0,
            Some(&(times, last)) => {
                i64::from(times) * (i64::from(self.latest_round) + 2) + i64::from(last) + 1
            }
        }
    }

    pub fn has_met(&self, a: usize, b: usize) -> bool {
        self.met.contains_key(&key(a, b))
    }

    pub fn same_group(&self, a: usize, b: usize) -> i64 {
        i64::from(!self.groups[a].is_empty() && self.groups[a] == self.groups[b])
    }

    fn same_organisation(&self, a: usize, b: usize) -> i64 {
        let same =
            !self.organisations[a].is_empty() && self.organisations[a] == self.organisations[b];
        i64::from(self.across_organisations && same)
    }

    pub fn leaders_together(&self, a: usize, b: usize) -> bool {
        self.senior[a] && self.senior[b]
    }

    fn different_sites(&self, a: usize, b: usize) -> bool {
        self.prefer_same_site
            && !self.sites[a].is_empty()
            && !self.sites[b].is_empty()
            && self.sites[a] != self.sites[b]
    }

    /// Every pair of people within `groups` (a trio is three pairs).
    pub fn pairs_in(groups: &[Vec<usize>]) -> impl Iterator<Item = (usize, usize)> + '_ {
        groups.iter().flat_map(|g| {
            g.iter()
                .enumerate()
                .flat_map(move |(x, &a)| g[x + 1..].iter().map(move |&b| (a, b)))
        })
    }

    pub fn repeats(&self, groups: &[Vec<usize>]) -> u32 {
        count(Self::pairs_in(groups).filter(|&(a, b)| self.has_met(a, b)))
    }

    pub fn same_groups(&self, groups: &[Vec<usize>]) -> u32 {
        count(Self::pairs_in(groups).filter(|&(a, b)| self.same_group(a, b) == 1))
    }
}

pub fn count(items: impl Iterator) -> u32 {
    u32::try_from(items.count()).unwrap_or(u32::MAX)
}
