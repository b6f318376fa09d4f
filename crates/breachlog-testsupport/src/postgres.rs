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

    /// Makes the server speak TLS only: a certificate for 127.0.0.1 and `localhost` signed by a
    /// CA made here, `ssl = on`, and `pg_hba.conf` refusing every connection not in TLS; then
    /// restarts it. Returns the CA's certificate (PEM), what a client names as `sslrootcert`.
    pub fn require_tls(&self) -> PathBuf {
        let dir = self.dir.path().join("tls");
        std::fs::create_dir_all(&dir).expect("tls dir");
        let ca = make_ca(&dir, "ca", "Breachlog test CA");
        let key = dir.join("ca.key");
        let ext = dir.join("server.ext");
        std::fs::write(&ext, "subjectAltName=IP:127.0.0.1,DNS:localhost\n").expect("ext");
        openssl(&[
            "req",
            "-new",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            path_str(&dir.join("server.key")),
            "-subj",
            "/CN=127.0.0.1",
            "-out",
            path_str(&dir.join("server.csr")),
        ]);
        openssl(&[
            "x509",
            "-req",
            "-in",
            path_str(&dir.join("server.csr")),
            "-CA",
            path_str(&ca),
            "-CAkey",
            path_str(&key),
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            path_str(&ext),
            "-out",
            path_str(&dir.join("server.pem")),
        ]);
        let data = self.data_dir();
        let mut conf = std::fs::read_to_string(data.join("postgresql.conf")).expect("conf");
        conf.push_str(&format!(
            "\nssl = on\nssl_cert_file = '{}'\nssl_key_file = '{}'\n",
            dir.join("server.pem").display(),
            dir.join("server.key").display()
        ));
        std::fs::write(data.join("postgresql.conf"), conf).expect("conf");
        std::fs::write(
            data.join("pg_hba.conf"),
            "local all all scram-sha-256\n\
             hostssl all all 127.0.0.1/32 scram-sha-256\n\
             hostnossl all all 0.0.0.0/0 reject\n",
        )
        .expect("pg_hba.conf");
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(
            dir.join("server.key"),
            std::fs::Permissions::from_mode(0o600),
        )
        .expect("key mode");
        if self.as_postgres {
            let out = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(self.dir.path())
                .output()
                .expect("chown");
            assert!(out.status.success(), "chown postgres: {out:?}");
        }
        self.run_ok(
            "pg_ctl",
            &["-D", path_str(&data), "-m", "fast", "-w", "stop"],
        );
        self.start_server();
        ca
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

/// Makes a self-signed CA (P-256) in `dir`: `NAME.key` and `NAME.pem`; returns the certificate.
pub fn make_ca(dir: &Path, name: &str, common_name: &str) -> PathBuf {
    let cert = dir.join(format!("{name}.pem"));
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        path_str(&dir.join(format!("{name}.key"))),
        "-out",
        path_str(&cert),
        "-days",
        "2",
        "-subj",
        &format!("/CN={common_name}"),
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    ]);
    cert
}

fn openssl(args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .output()
        .expect("openssl");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
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
