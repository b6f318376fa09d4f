//! A real RFC 3161 time-stamping authority for tests: a test CA and a TSA certificate
//! (extendedKeyUsage critical timeStamping) made with the `openssl` CLI in a temporary folder,
//! an `openssl.cnf` with a `[tsa]` section, and a small HTTP server on 127.0.0.1 that pipes each
//! request body through `openssl ts -reply` and answers with the DER it writes.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use tempfile::TempDir;

/// The key of the TSA's signing certificate (the CA's is RSA 2048).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TsaKey {
    Rsa,
    EcP256,
    EcP384,
}

/// How the server answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TsaMode {
    /// The token `openssl ts -reply` makes.
    Honest,
    /// That token with one byte of its signature flipped (the signature is the last field of
    /// the response).
    FlipSignature,
    /// A token over other data (a query of its own over `other data`), not the one asked for.
    OtherData,
}

/// A running test TSA; stops when dropped.
pub struct TestTsa {
    dir: TempDir,
    port: u16,
    mode: Arc<Mutex<TsaMode>>,
    stop: Arc<AtomicBool>,
    server: Option<JoinHandle<()>>,
    served: Arc<AtomicU64>,
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("the openssl CLI is required for the TSA tests: {e}"));
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

impl TestTsa {
    /// A TSA with an RSA CA and an RSA signing key.
    pub fn start() -> TestTsa {
        TestTsa::start_with(TsaKey::Rsa, "A")
    }

    /// A TSA whose signing key is `key`; `name` goes into its CA's and TSA's subjects.
    pub fn start_with(key: TsaKey, name: &str) -> TestTsa {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let ca_subj = format!("/O=Breachlog tests/CN=Test CA {name}");
        openssl(
            d,
            &[
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
                "-days",
                "30",
                "-subj",
                &ca_subj,
                "-addext",
                "basicConstraints=critical,CA:TRUE",
                "-addext",
                "keyUsage=critical,keyCertSign,cRLSign",
            ],
        );
        let newkey: &[&str] = match key {
            TsaKey::Rsa => &["-newkey", "rsa:2048"],
            TsaKey::EcP256 => &["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"],
            TsaKey::EcP384 => &["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384"],
        };
        let tsa_subj = format!("/O=Breachlog tests/CN=Test TSA {name}");
        let mut args = vec!["req"];
        args.extend_from_slice(newkey);
        args.extend_from_slice(&[
            "-nodes", "-keyout", "tsa.key", "-out", "tsa.csr", "-subj", &tsa_subj,
        ]);
        openssl(d, &args);
        std::fs::write(
            d.join("tsa.ext"),
            "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\nextendedKeyUsage=critical,timeStamping\nsubjectKeyIdentifier=hash\n",
        )
        .unwrap();
        openssl(
            d,
            &[
                "x509",
                "-req",
                "-in",
                "tsa.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-out",
                "tsa.pem",
                "-days",
                "30",
                "-sha256",
                "-extfile",
                "tsa.ext",
            ],
        );
        std::fs::write(d.join("tsaserial"), "01\n").unwrap();
        std::fs::write(
            d.join("openssl.cnf"),
            format!(
                "[ tsa ]\ndefault_tsa = tsa_config1\n\n[ tsa_config1 ]\ndir = {}\nserial = $dir/tsaserial\ncrypto_device = builtin\nsigner_cert = $dir/tsa.pem\ncerts = $dir/ca.pem\nsigner_key = $dir/tsa.key\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\nother_policies = 1.2.3.4.5.6\ndigests = sha256, sha384, sha512\naccuracy = secs:1, millisecs:500, microsecs:100\nclock_precision_digits = 0\nordering = yes\ntsa_name = yes\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n",
                d.display()
            ),
        )
        .unwrap();
        std::fs::write(d.join("other.txt"), "other data").unwrap();
        openssl(
            d,
            &[
                "ts",
                "-query",
                "-data",
                "other.txt",
                "-sha256",
                "-cert",
                "-out",
                "other.tsq",
            ],
        );
        let mut tsa = TestTsa {
            dir,
            port: 0,
            mode: Arc::new(Mutex::new(TsaMode::Honest)),
            stop: Arc::new(AtomicBool::new(false)),
            server: None,
            served: Arc::new(AtomicU64::new(0)),
        };
        tsa.up();
        tsa
    }

    /// Where the TSA is asked.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/tsa", self.port)
    }

    /// The CA certificate (PEM) its tokens chain to.
    pub fn ca_pem(&self) -> PathBuf {
        self.dir.path().join("ca.pem")
    }

    /// Its folder (keys, certificates, configuration).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// How many requests it answered.
    pub fn served(&self) -> u64 {
        self.served.load(Ordering::SeqCst)
    }

    pub fn set_mode(&self, mode: TsaMode) {
        *self.mode.lock().unwrap() = mode;
    }

    /// Stops listening: connections to its URL are refused until [`TestTsa::up`].
    pub fn down(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the blocking accept.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(h) = self.server.take() {
            h.join().unwrap();
        }
    }

    /// Listens (again) on its port (a free one the first time).
    pub fn up(&mut self) {
        assert!(self.server.is_none(), "already up");
        let listener = TcpListener::bind(("127.0.0.1", self.port)).unwrap();
        self.port = listener.local_addr().unwrap().port();
        self.stop = Arc::new(AtomicBool::new(false));
        let stop = self.stop.clone();
        let mode = self.mode.clone();
        let served = self.served.clone();
        let dir = self.dir.path().to_path_buf();
        self.server = Some(std::thread::spawn(move || {
            let mut n = 0u64;
            for conn in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                n += 1;
                let m = *mode.lock().unwrap();
                if serve(conn, &dir, n, m).is_ok() {
                    served.fetch_add(1, Ordering::SeqCst);
                }
            }
        }));
    }
}

impl Drop for TestTsa {
    fn drop(&mut self) {
        if self.server.is_some() {
            self.down();
        }
    }
}

fn serve(mut conn: TcpStream, dir: &Path, n: u64, mode: TsaMode) -> std::io::Result<()> {
    conn.set_read_timeout(Some(Duration::from_secs(20)))?;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let (head_end, length) = loop {
        let got = conn.read(&mut chunk)?;
        if got == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..got]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..i]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            break (i + 4, length);
        }
    };
    while buf.len() < head_end + length {
        let got = conn.read(&mut chunk)?;
        if got == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..got]);
    }
    let query = dir.join(format!("q{n}.tsq"));
    let reply = dir.join(format!("r{n}.tsr"));
    std::fs::write(&query, &buf[head_end..])?;
    let queryfile = match mode {
        TsaMode::OtherData => dir.join("other.tsq"),
        _ => query,
    };
    let cnf = dir.join("openssl.cnf");
    let out = Command::new("openssl")
        .arg("ts")
        .arg("-reply")
        .arg("-config")
        .arg(&cnf)
        .arg("-queryfile")
        .arg(&queryfile)
        .arg("-signer")
        .arg(dir.join("tsa.pem"))
        .arg("-inkey")
        .arg(dir.join("tsa.key"))
        .arg("-chain")
        .arg(dir.join("ca.pem"))
        .arg("-out")
        .arg(&reply)
        .output()?;
    let mut body = if out.status.success() {
        std::fs::read(&reply)?
    } else {
        Vec::new()
    };
    if mode == TsaMode::FlipSignature && body.len() > 20 {
        let at = body.len() - 10;
        body[at] ^= 0x01;
    }
    let status = if body.is_empty() {
        "500 Internal Server Error"
    } else {
        "200 OK"
    };
    conn.write_all(
        format!(
            "HTTP/1.1 {status}\r\nContent-Type: application/timestamp-reply\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )
        .as_bytes(),
    )?;
    conn.write_all(&body)?;
    conn.flush()
}
