//! What the CLI's test files share: the binary, and a run that must succeed.

use assert_cmd::Command;
use std::process::Output;

/// The `dyad` binary of this build.
pub fn dyad() -> Command {
    Command::cargo_bin("dyad").expect("binary built")
}

/// Runs `cmd` and returns its output; a failure shows the command's own error.
pub fn succeed(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}
