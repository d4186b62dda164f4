//! Keeping the index in few segments. A search opens every segment and looks each word up in
//! each, so a one-shot search slows down with their number. Tantivy's background merges, running
//! while documents are still coming, rewrite the same documents several times and compete with
//! extraction for the cores; so an index run writes without merging, and ends by merging the
//! segments it wrote into one and then whatever Tantivy's log merge policy asks for among the
//! older ones. The cost of a run's merge is proportional to what the run wrote.

use std::collections::HashSet;
use tantivy::index::SegmentId;
use tantivy::indexer::{LogMergePolicy, MergePolicy, NoMergePolicy};
use tantivy::{Index, IndexWriter};

/// The segments of the last commit, to tell them from the ones a run writes.
pub fn segments_before(index: &Index) -> tantivy::Result<HashSet<SegmentId>> {
    Ok(index.searchable_segment_ids()?.into_iter().collect())
}

/// Stops background merges for the rest of this writer's run.
pub fn pause_merges(writer: &IndexWriter) {
    writer.set_merge_policy(Box::new(NoMergePolicy));
}

/// After the run's last commit: merges the segments written since `before` into one, then the
/// groups of similar-sized segments the log merge policy picks. Each merge is published on its own,
/// so a run killed here keeps every committed document.
pub fn merge_written(
    index: &Index,
    writer: &mut IndexWriter,
    before: &HashSet<SegmentId>,
) -> tantivy::Result<()> {
    let written: Vec<SegmentId> =
        index.searchable_segment_ids()?.into_iter().filter(|id| !before.contains(id)).collect();
    if written.len() > 1 {
        writer.merge(&written).wait()?;
    }
    let metas = index.searchable_segment_metas()?;
    for candidate in LogMergePolicy::default().compute_merge_candidates(&metas) {
        writer.merge(&candidate.0).wait()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::schema;
    use tantivy::TantivyDocument;

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
    fn a_run_leaves_what_it_wrote_in_one_segment_and_older_segments_alone() {
        let (schema, fields) = schema::build();
        let index = Index::create_in_ram(schema);
        schema::register_tokenizers(&index);
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).expect("writer");
        pause_merges(&writer);
        let before = segments_before(&index).expect("metas");
        for name in ["a", "b", "c"] {
            add_and_commit(&mut writer, fields.path, name);
        }
        assert_eq!(index.searchable_segment_ids().expect("metas").len(), 3);
        merge_written(&index, &mut writer, &before).expect("merged");
        assert_eq!(index.searchable_segment_ids().expect("metas").len(), 1);

        let before = segments_before(&index).expect("metas");
        add_and_commit(&mut writer, fields.path, "d");
        merge_written(&index, &mut writer, &before).expect("merged");
        let after = segments_before(&index).expect("metas");
        assert_eq!(after.len(), 2);
        assert!(before.is_subset(&after), "the older segment is not rewritten");
        assert_eq!(live_docs(&index), 4);
    }
}
