// A real RFC 3161 time-stamping authority for the e2e suite, as the Rust tests have one
// (crates/breachlog-testsupport/src/tsa.rs): a test CA and a TSA certificate (extendedKeyUsage
// critical timeStamping) made with the openssl CLI, and an HTTP server on 127.0.0.1 that pipes
// each request body through `openssl ts -reply` and answers with the DER it writes.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";

function openssl(dir, args) {
  execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
}

/** Starts the TSA in `dir` (created); `{ url, caPem, served(), close() }`. */
export async function startTsa(dir, name = "e2e") {
  mkdirSync(dir, { recursive: true });
  openssl(dir, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "30",
    "-subj", `/O=Breachlog tests/CN=Test CA ${name}`, "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"]);
  openssl(dir, ["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "tsa.key", "-out", "tsa.csr",
    "-subj", `/O=Breachlog tests/CN=Test TSA ${name}`]);
  writeFileSync(join(dir, "tsa.ext"),
    "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\nextendedKeyUsage=critical,timeStamping\nsubjectKeyIdentifier=hash\n");
  openssl(dir, ["x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "tsa.pem",
    "-days", "30", "-sha256", "-extfile", "tsa.ext"]);
  writeFileSync(join(dir, "tsaserial"), "01\n");
  writeFileSync(join(dir, "openssl.cnf"),
    `[ tsa ]\ndefault_tsa = tsa_config1\n\n[ tsa_config1 ]\ndir = ${dir}\nserial = $dir/tsaserial\ncrypto_device = builtin\n` +
    "signer_cert = $dir/tsa.pem\ncerts = $dir/ca.pem\nsigner_key = $dir/tsa.key\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\n" +
    "digests = sha256, sha384, sha512\naccuracy = secs:1\nordering = yes\ntsa_name = yes\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n");
  let n = 0;
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      n += 1;
      const query = join(dir, `q${n}.tsq`);
      const reply = join(dir, `r${n}.tsr`);
      writeFileSync(query, Buffer.concat(chunks));
      try {
        openssl(dir, ["ts", "-reply", "-config", join(dir, "openssl.cnf"), "-queryfile", query, "-signer", join(dir, "tsa.pem"),
          "-inkey", join(dir, "tsa.key"), "-chain", join(dir, "ca.pem"), "-out", reply]);
        const body = readFileSync(reply);
        res.writeHead(200, { "Content-Type": "application/timestamp-reply", "Content-Length": body.length });
        res.end(body);
      } catch {
        res.writeHead(500);
        res.end();
      }
    });
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    caPem: join(dir, "ca.pem"),
    served: () => n,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
