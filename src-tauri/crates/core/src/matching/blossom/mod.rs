//! Edmonds' blossom algorithm for a maximum-weight matching in a general graph, with the
//! primal-dual method: the classic O(n³) formulation of Galil (1986), as Joris van
//! Rantwijk wrote it down in his public-domain `mwmatching.py`, in exact integer
//! arithmetic. Only [`super`] calls it, always for a matching of the greatest
//! cardinality.
//!
//! Names follow that formulation so the code can be read beside it: vertices are
//! `0..n`, blossoms `n..2n`; edge `k`'s endpoints are `2k` and `2k + 1`; labels are
//! S (1) and T (2); `NONE` stands for the original's -1.

mod blossoms;

const NONE: usize = usize::MAX;
const FREE: u8 = 0;
const S: u8 = 1;
const T: u8 = 2;
/// Marks an S-blossom visited while looking for a common base (`scan_blossom`).
const SEEN: u8 = 4;

/// Graph and state of one run; see the module's note for the names.
struct Blossom<'a> {
    n: usize,
    edges: &'a [(usize, usize, i64)],
    endpoint: Vec<usize>,
    neighbend: Vec<Vec<usize>>,
    mate: Vec<usize>,
    label: Vec<u8>,
    labelend: Vec<usize>,
    inblossom: Vec<usize>,
    blossomparent: Vec<usize>,
    blossomchilds: Vec<Vec<usize>>,
    blossombase: Vec<usize>,
    blossomendps: Vec<Vec<usize>>,
    bestedge: Vec<usize>,
    blossombestedges: Vec<Option<Vec<usize>>>,
    unusedblossoms: Vec<usize>,
    dualvar: Vec<i64>,
    allowedge: Vec<bool>,
    queue: Vec<usize>,
}

/// A matching of the greatest cardinality and, among those, the greatest total weight:
/// `mate[v]` is `v`'s partner, or `None`. `edges` are `(i, j, weight)` with `i != j`,
/// at most one per pair, on vertices `0..n`. `start` is a matching to begin from, every
/// edge of it of the greatest weight (so it is tight under the first duals): the rest of
/// the work is only for the vertices it leaves single.
pub fn max_weight_matching(
    n: usize,
    edges: &[(usize, usize, i64)],
    start: &[(usize, usize)],
) -> Vec<Option<usize>> {
    if edges.is_empty() || n == 0 {
        return vec![None; n];
    }
    // Weights doubled, so every dual change (half a slack, at most) stays a whole number.
    let doubled: Vec<(usize, usize, i64)> = edges.iter().map(|&(i, j, w)| (i, j, 2 * w)).collect();
    let mut b = Blossom::new(n, &doubled);
    b.jump_start(start);
    b.solve();
    b.mate
        .iter()
        .map(|&p| (p != NONE).then(|| b.endpoint[p]))
        .collect()
}

impl<'a> Blossom<'a> {
    fn new(n: usize, edges: &'a [(usize, usize, i64)]) -> Blossom<'a> {
        let maxweight = edges.iter().map(|e| e.2).max().unwrap_or(0).max(0);
        let endpoint = (0..2 * edges.len())
            .map(|p| {
                if p % 2 == 0 {
                    edges[p / 2].0
                } else {
                    edges[p / 2].1
                }
            })
            .collect();
        let mut neighbend = vec![Vec::new(); n];
        for (k, &(i, j, _)) in edges.iter().enumerate() {
            neighbend[i].push(2 * k + 1);
            neighbend[j].push(2 * k);
        }
        let mut blossombase: Vec<usize> = (0..n).collect();
        blossombase.extend(std::iter::repeat_n(NONE, n));
        let mut dualvar = vec![maxweight; n];
        dualvar.extend(std::iter::repeat_n(0, n));
        Blossom {
            n,
            edges,
            endpoint,
            neighbend,
            mate: vec![NONE; n],
            label: vec![FREE; 2 * n],
            labelend: vec![NONE; 2 * n],
            inblossom: (0..n).collect(),
            blossomparent: vec![NONE; 2 * n],
            blossomchilds: vec![Vec::new(); 2 * n],
            blossombase,
            blossomendps: vec![Vec::new(); 2 * n],
            bestedge: vec![NONE; 2 * n],
            blossombestedges: vec![None; 2 * n],
            unusedblossoms: (n..2 * n).collect(),
            dualvar,
            allowedge: vec![false; edges.len()],
            queue: Vec::new(),
        }
    }

    /// Takes the pairs of `start` that are edges of the greatest weight as matched.
    fn jump_start(&mut self, start: &[(usize, usize)]) {
        if start.is_empty() {
            return;
        }
        let mut edge_of = std::collections::HashMap::with_capacity(start.len());
        for &(i, j) in start {
            edge_of.insert((i.min(j), i.max(j)), NONE);
        }
        for (k, &(i, j, _)) in self.edges.iter().enumerate() {
            if let Some(slot) = edge_of.get_mut(&(i.min(j), i.max(j))) {
                *slot = k;
            }
        }
        for ((_, _), k) in edge_of {
            if k == NONE || self.slack(k) != 0 {
                continue;
            }
            let (i, j, _) = self.edges[k];
            if self.mate[i] == NONE && self.mate[j] == NONE {
                self.mate[i] = 2 * k + 1;
                self.mate[j] = 2 * k;
            }
        }
    }

    fn slack(&self, k: usize) -> i64 {
        let (i, j, w) = self.edges[k];
        self.dualvar[i] + self.dualvar[j] - 2 * w
    }

    fn leaves(&self, b: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![b];
        while let Some(t) = stack.pop() {
            if t < self.n {
                out.push(t);
            } else {
                // Reversed onto the stack, so leaves come out in the children's order.
                stack.extend(self.blossomchilds[t].iter().rev());
            }
        }
        out
    }

    fn assign_label(&mut self, w: usize, t: u8, p: usize) {
        let mut w = w;
        let mut t = t;
        let mut p = p;
        loop {
            let b = self.inblossom[w];
            self.label[w] = t;
            self.label[b] = t;
            self.labelend[w] = p;
            self.labelend[b] = p;
            self.bestedge[w] = NONE;
            self.bestedge[b] = NONE;
            if t == S {
                let leaves = self.leaves(b);
                self.queue.extend(leaves);
                return;
            }
            // A T-blossom: its base's mate becomes S.
            let base = self.blossombase[b];
            let m = self.mate[base];
            w = self.endpoint[m];
            t = S;
            p = m ^ 1;
        }
    }

    /// Swaps matched and unmatched edges along the augmenting path through edge `k`.
    fn augment_matching(&mut self, k: usize) {
        let (v, w, _) = self.edges[k];
        for (s, p) in [(v, 2 * k + 1), (w, 2 * k)] {
            let (mut s, mut p) = (s, p);
            loop {
                let bs = self.inblossom[s];
                if bs >= self.n {
                    self.augment_blossom(bs, s);
                }
                self.mate[s] = p;
                if self.labelend[bs] == NONE {
                    break;
                }
                let t = self.endpoint[self.labelend[bs]];
                let bt = self.inblossom[t];
                s = self.endpoint[self.labelend[bt]];
                let j = self.endpoint[self.labelend[bt] ^ 1];
                if bt >= self.n {
                    self.augment_blossom(bt, j);
                }
                self.mate[j] = self.labelend[bt];
                p = self.labelend[bt] ^ 1;
            }
        }
    }

    fn solve(&mut self) {
        let n = self.n;
        for _stage in 0..n {
            self.label.fill(FREE);
            self.bestedge.fill(NONE);
            for slot in &mut self.blossombestedges[n..] {
                *slot = None;
            }
            self.allowedge.fill(false);
            self.queue.clear();
            for v in 0..n {
                if self.mate[v] == NONE && self.label[self.inblossom[v]] == FREE {
                    self.assign_label(v, S, NONE);
                }
            }
            if !self.grow() {
                break;
            }
            // Blossoms of S-label whose dual is zero are undone between stages.
            for b in n..2 * n {
                if self.blossomparent[b] == NONE
                    && self.blossombase[b] != NONE
                    && self.label[b] == S
                    && self.dualvar[b] == 0
                {
                    self.expand_blossom(b, true);
                }
            }
        }
    }

    /// One stage: grows alternating trees until a path augments the matching (true) or
    /// no more can be found (false).
    fn grow(&mut self) -> bool {
        let n = self.n;
        loop {
            while let Some(v) = self.queue.pop() {
                // By index: scanning an edge may read any vertex's neighbours, v's too.
                for index in 0..self.neighbend[v].len() {
                    let p = self.neighbend[v][index];
                    if self.scan_edge(v, p) {
                        return true;
                    }
                }
            }
            // No tight edge left to follow: change the duals.
            let mut delta: Option<(i64, u8, usize)> = None;
            let better =
                |d: i64, best: &Option<(i64, u8, usize)>| best.is_none_or(|(b, _, _)| d < b);
            for v in 0..n {
                if self.label[self.inblossom[v]] == FREE && self.bestedge[v] != NONE {
                    let d = self.slack(self.bestedge[v]);
                    if better(d, &delta) {
                        delta = Some((d, 2, self.bestedge[v]));
                    }
                }
            }
            for b in 0..2 * n {
                if self.blossomparent[b] == NONE && self.label[b] == S && self.bestedge[b] != NONE {
                    let d = self.slack(self.bestedge[b]) / 2;
                    if better(d, &delta) {
                        delta = Some((d, 3, self.bestedge[b]));
                    }
                }
            }
            for b in n..2 * n {
                if self.blossombase[b] != NONE
                    && self.blossomparent[b] == NONE
                    && self.label[b] == T
                    && better(self.dualvar[b], &delta)
                {
                    delta = Some((self.dualvar[b], 4, b));
                }
            }
            // Nothing can grow: the matching has the greatest cardinality.
            let (d, kind, which) = delta.unwrap_or_else(|| {
                let least = self.dualvar[..n].iter().copied().min().unwrap_or(0);
                (least.max(0), 1, NONE)
            });
            for v in 0..n {
                match self.label[self.inblossom[v]] {
                    S => self.dualvar[v] -= d,
                    T => self.dualvar[v] += d,
                    _ => {}
                }
            }
            for b in n..2 * n {
                if self.blossombase[b] != NONE && self.blossomparent[b] == NONE {
                    match self.label[b] {
                        S => self.dualvar[b] += d,
                        T => self.dualvar[b] -= d,
                        _ => {}
                    }
                }
            }
            match kind {
                2 => {
                    self.allowedge[which] = true;
                    let (mut i, j, _) = self.edges[which];
                    if self.label[self.inblossom[i]] == FREE {
                        i = j;
                    }
                    self.queue.push(i);
                }
                3 => {
                    self.allowedge[which] = true;
                    let (i, _, _) = self.edges[which];
                    self.queue.push(i);
                }
                4 => self.expand_blossom(which, false),
                _ => return false,
            }
        }
    }

    /// Follows endpoint `p` from S-vertex `v`: labels, a new blossom, or (true) an
    /// augmentation.
    fn scan_edge(&mut self, v: usize, p: usize) -> bool {
        let k = p / 2;
        let w = self.endpoint[p];
        if self.inblossom[v] == self.inblossom[w] {
            return false;
        }
        let mut kslack = 0;
        if !self.allowedge[k] {
            kslack = self.slack(k);
            if kslack <= 0 {
                self.allowedge[k] = true;
            }
        }
        if self.allowedge[k] {
            let bw = self.inblossom[w];
            if self.label[bw] == FREE {
                self.assign_label(w, T, p ^ 1);
            } else if self.label[bw] == S {
                let base = self.scan_blossom(v, w);
                if base != NONE {
                    self.add_blossom(base, k);
                } else {
                    self.augment_matching(k);
                    return true;
                }
            } else if self.label[w] == FREE {
                // w is inside a T-blossom but not yet reached from outside it.
                self.label[w] = T;
                self.labelend[w] = p ^ 1;
            }
        } else if self.label[self.inblossom[w]] == S {
            let b = self.inblossom[v];
            if self.bestedge[b] == NONE || kslack < self.slack(self.bestedge[b]) {
                self.bestedge[b] = k;
            }
        } else if self.label[w] == FREE
            && (self.bestedge[w] == NONE || kslack < self.slack(self.bestedge[w]))
        {
            self.bestedge[w] = k;
        }
        false
    }
}
