//! A real PostgreSQL server for tests: a private cluster made with Debian's `initdb` in a
//! temporary folder, started with `pg_ctl` on a free port of 127.0.0.1 (and a socket in that
//! folder), password authentication (SCRAM-SHA-256) for its superuser, stopped when dropped.
//! `initdb` refuses to run as root, so as root (CI) the cluster belongs to the `postgres` system
//! user and every server command runs as that user (`runuser`).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

/// The superuser of the test cluster and its password.
pub const PG_USER: &str = "breachlog_test";
const PG_PASSWORD: &str = "test-cluster-password";

/// A running test cluster; stopped (immediately) when dropped.
pub struct TestPostgres {
    dir: TempDir,
    bin: PathBuf,
    port: u16,
    as_postgres: bool,
}

/// The newest `/usr/lib/postgresql/N/bin` (Debian's layout).
fn bin_dir() -> PathBuf {
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .unwrap_or_else(|e| {
            panic!("PostgreSQL is required for the team tests (make test installs it): {e}")
        })
        .filter_map(|d| d.ok())
        .filter_map(|d| {
            let v: u32 = d.file_name().to_str()?.parse().ok()?;
            let bin = d.path().join("bin");
            bin.join("initdb").exists().then_some((v, bin))
        })
        .collect();
    found.sort();
    found
        .pop()
        .map(|(_, b)| b)
        .expect("no /usr/lib/postgresql/N/bin/initdb: install the postgresql package")
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1")
}

impl TestPostgres {
    /// Makes and starts a new cluster.
    pub fn start() -> TestPostgres {
        let as_postgres = is_root();
        let dir = tempfile::Builder::new()
            .prefix("breachlog-pg-")
            .tempdir()
            .expect("temp dir");
        if as_postgres {
            let out = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(dir.path())
                .output()
                .expect("chown");
            assert!(out.status.success(), "chown postgres: {out:?}");
        }
        let pg = TestPostgres {
            bin: bin_dir(),
            port: free_port(),
            as_postgres,
            dir,
        };
        let pwfile = pg.dir.path().join("pw");
        std::fs::write(&pwfile, PG_PASSWORD).expect("password file");
        if as_postgres {
            let _ = Command::new("chown")
                .arg("postgres:postgres")
                .arg(&pwfile)
                .output();
        }
        let data = pg.data_dir();
        pg.run_ok(
            "initdb",
            &[
                "-D",
                path_str(&data),
                "-U",
                PG_USER,
                "--pwfile",
                path_str(&pwfile),
                "--auth=scram-sha-256",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ],
        );
        pg.start_server();
        pg
    }

    fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn command(&self, tool: &str) -> Command {
        let exe = self.bin.join(tool);
        if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(exe);
            c
        } else {
            Command::new(exe)
        }
    }

    fn run(&self, tool: &str, args: &[&str]) -> Output {
        self.command(tool)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{tool}: {e}"))
    }

    fn run_ok(&self, tool: &str, args: &[&str]) {
        let out = self.run(tool, args);
        assert!(
            out.status.success(),
            "{tool} {args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Starts the server (again, after [`TestPostgres::kill`]) and waits until it accepts
    /// connections.
    pub fn start_server(&self) {
        let opts = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c max_connections=40",
            self.port,
            self.dir.path().display()
        );
        let log = self.dir.path().join("server.log");
        self.run_ok(
            "pg_ctl",
            &[
                "-D",
                path_str(&self.data_dir()),
                "-o",
                &opts,
                "-l",
                path_str(&log),
                "-w",
                "-t",
                "60",
                "start",
            ],
        );
    }

    /// Kills the server with SIGKILL (its postmaster; the backends exit with it), as a crash.
    pub fn kill(&self) {
        let pid_file = self.data_dir().join("postmaster.pid");
        let text = std::fs::read_to_string(&pid_file).expect("postmaster.pid");
        let pid = text.lines().next().unwrap_or("").trim().to_string();
        // The postmaster first, then its children (backends, checkpointer, …), which would
        // otherwise keep the old shared memory and refuse the restart.
        let out = Command::new("kill")
            .args(["-9", &pid])
            .output()
            .expect("kill");
        assert!(out.status.success(), "kill -9 {pid}: {out:?}");
        let _ = Command::new("pkill").args(["-9", "-P", &pid]).output();
        for _ in 0..200 {
            let alive = Command::new("pgrep")
                .args(["-P", &pid])
                .output()
                .map(|o| !o.stdout.is_empty())
                .unwrap_or(false)
                || Path::new(&format!("/proc/{pid}")).exists();
            if !alive {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Creates a database and returns its connection string.
    pub fn database(&self, name: &str) -> String {
        self.psql("postgres", &format!("CREATE DATABASE {name}"));
        self.url(name)
    }

    /// The connection string of database `name` for the superuser.
    pub fn url(&self, name: &str) -> String {
        format!(
            "postgres://{PG_USER}:{PG_PASSWORD}@127.0.0.1:{}/{name}",
            self.port
        )
    }

    /// Runs SQL with `psql` as the superuser; returns what it printed, unaligned, rows only
    /// (`a|b`), and fails the test on an error.
    pub fn psql(&self, db: &str, sql: &str) -> String {
        let out = Command::new(self.bin.join("psql"))
            .env("PGPASSWORD", PG_PASSWORD)
            .args([
                "-X",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                PG_USER,
                "-d",
                db,
                "-c",
                sql,
            ])
            .output()
            .expect("psql");
        assert!(
            out.status.success(),
            "psql {sql}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A plain-text `pg_dump` of database `db`, as an administrator would take it.
    pub fn dump(&self, db: &str) -> Vec<u8> {
        let out = Command::new(self.bin.join("pg_dump"))
            .env("PGPASSWORD", PG_PASSWORD)
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                PG_USER,
                db,
            ])
            .output()
            .expect("pg_dump");
        assert!(
            out.status.success(),
            "pg_dump: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf-8 temp path")
}

impl Drop for TestPostgres {
    fn drop(&mut self) {
        let _ = self.run(
            "pg_ctl",
            &["-D", path_str(&self.data_dir()), "-m", "immediate", "stop"],
        );
    }
}
