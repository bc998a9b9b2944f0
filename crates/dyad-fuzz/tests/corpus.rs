//! Every input the fuzzers kept (`fuzz/corpus/<target>/`, minimised) and every input that once
//! crashed a target (`fuzz/regressions/<target>/`) runs through its target again, on stable.

use std::path::Path;

fn inputs(dir: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

#[test]
fn every_corpus_and_crash_input_passes_its_target() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut ran = 0;
    for (name, target) in dyad_fuzz::TARGETS {
        for kind in ["corpus", "regressions"] {
            for file in inputs(&root.join(kind).join(name)) {
                let data = std::fs::read(&file).unwrap();
                let result = std::panic::catch_unwind(|| target(&data));
                assert!(result.is_ok(), "{name}: {} fails", file.display());
                ran += 1;
            }
        }
    }
    assert!(ran > 0, "no fuzz inputs found under {}", root.display());
    println!("{ran} fuzz inputs passed");
}
