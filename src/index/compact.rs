//! Keeping the index in few segments. A search opens every segment and looks each word up in
//! each, so a one-shot search slows down with their number. Tantivy's background merges, running
//! while documents are still coming, rewrite the same documents several times and compete with
//! extraction for the cores; so an index run writes without merging, and ends by merging the
//! segments it wrote, then whatever Tantivy's log merge policy asks for among the older ones.
//! A merge maps every page of its inputs, so no merged segment grows past [`MAX_SEGMENT_DOCS`]:
//! memory stays flat however large the archive, and the cost of a run's merge is proportional to
//! what the run wrote, plus older small segments (an eighth of the cap at most).

use std::collections::HashSet;
use tantivy::index::SegmentId;
use tantivy::indexer::{LogMergePolicy, MergePolicy, NoMergePolicy};
use tantivy::{Index, IndexWriter};

/// The most documents a merge brings together (about 240 MB of index for news articles). On a
/// million articles, merges of up to 250,000 peaked at 290 MB of memory, under what clustering the
/// copies takes after them, and left 5 segments where 100,000 left 11: a one-shot search that
/// matches nothing took 3.2 ms instead of 5.0, and the p50 of the benchmark's queries fell from
/// 8.9 to 7.6 ms.
pub const MAX_SEGMENT_DOCS: u32 = 250_000;

/// The segments of the last commit, to tell them from the ones a run writes.
pub fn segments_before(index: &Index) -> tantivy::Result<HashSet<SegmentId>> {
    Ok(index.searchable_segment_ids()?.into_iter().collect())
}

/// Stops background merges for the rest of this writer's run.
pub fn pause_merges(writer: &IndexWriter) {
    writer.set_merge_policy(Box::new(NoMergePolicy));
}

/// After the run's last commit: merges the segments written since `before` in groups of at most
/// [`MAX_SEGMENT_DOCS`] documents, then the groups of similar-sized older segments the log merge
/// policy picks. Each merge is published on its own, so a run killed here keeps every committed
/// document.
pub fn merge_written(
    index: &Index,
    writer: &mut IndexWriter,
    before: &HashSet<SegmentId>,
) -> tantivy::Result<()> {
    for group in groups_up_to(&written_since(index, before)?, MAX_SEGMENT_DOCS) {
        if group.len() > 1 {
            writer.merge(&group).wait()?;
        }
    }
    for candidate in small_segments_policy().compute_merge_candidates(&index.searchable_segment_metas()?) {
        writer.merge(&candidate.0).wait()?;
    }
    writer.garbage_collect_files().wait()?;
    Ok(())
}

/// Tantivy's log merge policy for the older segments, merging two of a level as soon as there are
/// two: each segment a one-shot search opens costs it ~0.15 ms, and incremental runs each leave a
/// small one (four segments after three 1% re-runs made a search 3.8 ms instead of 3.4). Up to
/// eight segments merge at a time, and only those under an eighth of the cap: eight of those stay
/// within it, and a segment over it is never rewritten again.
fn small_segments_policy() -> LogMergePolicy {
    let mut policy = LogMergePolicy::default();
    policy.set_min_num_segments(2);
    policy.set_max_docs_before_merge(MAX_SEGMENT_DOCS as usize / 8);
    policy
}

/// The ids and sizes of the segments written since `before`. (A `SegmentMeta` held alive keeps
/// its files from garbage collection, so only ids and sizes are kept.)
fn written_since(index: &Index, before: &HashSet<SegmentId>) -> tantivy::Result<Vec<(SegmentId, u32)>> {
    let metas = index.searchable_segment_metas()?;
    Ok(metas.iter().filter(|m| !before.contains(&m.id())).map(|m| (m.id(), m.num_docs())).collect())
}

/// Consecutive segments gathered into groups of at most `cap` live documents (a segment larger
/// than `cap` stays alone).
fn groups_up_to(segments: &[(SegmentId, u32)], cap: u32) -> Vec<Vec<SegmentId>> {
    let mut groups: Vec<(u32, Vec<SegmentId>)> = Vec::new();
    for &(id, num_docs) in segments {
        match groups.last_mut() {
            Some((docs, ids)) if *docs + num_docs <= cap => {
                *docs += num_docs;
                ids.push(id);
            }
            _ => groups.push((num_docs, vec![id])),
        }
    }
    groups.into_iter().map(|(_, ids)| ids).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::schema;
    use tantivy::TantivyDocument;

    /// An index in memory with one writer thread and background merges paused, and its path field.
    fn paused_ram_index() -> (Index, tantivy::schema::Field, IndexWriter) {
        let (schema, fields) = schema::build();
        let index = Index::create_in_ram(schema);
        schema::register_tokenizers(&index);
        let writer: IndexWriter = index.writer_with_num_threads(1, 60_000_000).expect("writer");
        pause_merges(&writer);
        (index, fields.path, writer)
    }

    fn add_and_commit(writer: &mut IndexWriter, path: tantivy::schema::Field, name: &str) {
        let mut doc = TantivyDocument::new();
        doc.add_text(path, name);
        writer.add_document(doc).expect("queued");
        writer.commit().expect("committed");
    }

    fn live_docs(index: &Index) -> u64 {
        index.reader().expect("reader").searcher().num_docs()
    }

    #[test]
    fn a_run_leaves_what_it_wrote_in_one_segment_merged_with_older_small_ones() {
        let (index, path, mut writer) = paused_ram_index();
        let before = segments_before(&index).expect("metas");
        for name in ["a", "b", "c"] {
            add_and_commit(&mut writer, path, name);
        }
        assert_eq!(index.searchable_segment_ids().expect("metas").len(), 3);
        merge_written(&index, &mut writer, &before).expect("merged");
        assert_eq!(index.searchable_segment_ids().expect("metas").len(), 1);

        let before = segments_before(&index).expect("metas");
        add_and_commit(&mut writer, path, "d");
        merge_written(&index, &mut writer, &before).expect("merged");
        assert_eq!(segments_before(&index).expect("metas").len(), 1, "two small segments merge");
        assert_eq!(live_docs(&index), 4);
    }

    #[test]
    fn a_segment_over_an_eighth_of_the_cap_is_never_rewritten() {
        let (index, path, mut writer) = paused_ram_index();
        for i in 0..=MAX_SEGMENT_DOCS / 8 {
            let mut doc = TantivyDocument::new();
            doc.add_text(path, i.to_string());
            writer.add_document(doc).expect("queued");
        }
        writer.commit().expect("committed");
        let before = segments_before(&index).expect("metas");
        add_and_commit(&mut writer, path, "late");
        merge_written(&index, &mut writer, &before).expect("merged");
        let after = segments_before(&index).expect("metas");
        assert_eq!(after.len(), 2);
        assert!(before.is_subset(&after), "the large segment is left alone");
    }

    #[test]
    fn merges_are_grouped_up_to_the_cap() {
        let (index, path, mut writer) = paused_ram_index();
        for name in ["a", "b", "c", "d", "e"] {
            add_and_commit(&mut writer, path, name);
        }
        let written = written_since(&index, &HashSet::new()).expect("metas");
        let sizes: Vec<usize> = groups_up_to(&written, 2).iter().map(Vec::len).collect();
        assert_eq!(sizes, [2, 2, 1]);
    }
}
