//! What every test of the real binary shares: a command that cannot read the developer's own
//! config file, so the answers pinned here are the data's and not this machine's settings (a
//! config with `nation = "scotland"` would otherwise change every answer).

use assert_cmd::Command;

/// The `carepath` binary, with an empty config file.
pub fn carepath() -> Command {
    let mut cmd = Command::cargo_bin("carepath").expect("binary built");
    cmd.env("CAREPATH_CONFIG", concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/empty-config.toml"));
    cmd
}
