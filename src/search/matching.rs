//! Every matching article, unranked, in index order, one segment at a time: what an export
//! walks. Ranking a million matches only to write them all out would cost a sort and a vector
//! of scores; this holds one segment's matching ids (4 bytes each) and nothing else.

use tantivy::query::{EnableScoring, Query, Weight};
use tantivy::{DocAddress, DocId, Searcher};

/// The matching documents of `query`, segment by segment, deleted ones left out.
pub struct Matching<'a> {
    searcher: &'a Searcher,
    weight: Box<dyn Weight>,
    /// The next segment to read.
    segment: usize,
    /// The current segment's matching ids, and the next one to yield.
    docs: Vec<DocId>,
    next: usize,
}

impl<'a> Matching<'a> {
    /// Starts the walk; nothing is read until the first document is asked for.
    pub fn new(searcher: &'a Searcher, query: &dyn Query) -> tantivy::Result<Matching<'a>> {
        let weight = query.weight(EnableScoring::disabled_from_searcher(searcher))?;
        Ok(Matching { searcher, weight, segment: 0, docs: Vec::new(), next: 0 })
    }

    /// The matching, live documents of segment `ord`, in id order.
    fn segment_docs(&self, ord: usize) -> tantivy::Result<Vec<DocId>> {
        let reader = self.searcher.segment_reader(ord as u32);
        let mut docs = Vec::new();
        self.weight.for_each_no_score(reader, &mut |batch| docs.extend_from_slice(batch))?;
        if let Some(alive) = reader.alive_bitset() {
            docs.retain(|&doc| alive.is_alive(doc));
        }
        Ok(docs)
    }
}

impl Iterator for Matching<'_> {
    type Item = tantivy::Result<DocAddress>;

    fn next(&mut self) -> Option<Self::Item> {
        while self.next == self.docs.len() {
            if self.segment == self.searcher.segment_readers().len() {
                return None;
            }
            let ord = self.segment;
            (self.segment, self.next) = (ord + 1, 0);
            match self.segment_docs(ord) {
                Ok(docs) => self.docs = docs,
                Err(e) => {
                    self.docs.clear();
                    return Some(Err(e));
                }
            }
        }
        self.next += 1;
        Some(Ok(DocAddress::new(self.segment as u32 - 1, self.docs[self.next - 1])))
    }
}
