package org.redress.evidence.bundle;

import java.nio.charset.StandardCharsets;

/** The plain-language {@code VERIFY.txt} of a bundle. */
final class VerifyText {

    private VerifyText() {
    }

    static byte[] render(String fingerprint, boolean timeStamped, int items) {
        String spaced = fingerprint.replaceAll("(.{4})(?!$)", "$1 ");
        StringBuilder t = new StringBuilder();
        t.append("""
                HOW TO CHECK THIS EVIDENCE BUNDLE
                =================================

                This bundle holds %d evidence file(s) exactly as they were captured, the record of who
                captured and handled each one (the custody log), and signatures that show nothing has been
                changed since it was exported. You can check all of it yourself, offline, with three
                standard free tools: gpg (GnuPG), sha256sum (GNU coreutils) and openssl. No Redress software
                is needed.

                What is in the bundle
                ---------------------
                  evidence/              the evidence files, byte for byte as captured
                  manifest.json          what each file is: exhibit label, size, SHA-256, when, where and
                                         how it was captured, and whether it was captured live or imported
                  manifest.json.asc      the exporter's signature of manifest.json
                  custody/custody.jsonl  the chain-of-custody log: one event per line, each holding the
                                         SHA-256 of the line before it
                  custody/checkpoints.jsonl  signed summaries (Merkle tree roots) of the log
                  custody/proofs.json    proofs that each exhibit's events are in the last checkpoint
                  public-key.asc         the exporter's public key
                  SHA256SUMS             the SHA-256 of every other file
                  SHA256SUMS.asc         the exporter's signature of SHA256SUMS
                """.formatted(items));
        if (timeStamped) {
            t.append("""
                      manifest.json.tsr      an RFC 3161 time-stamp of manifest.json from a time-stamp authority
                    """);
        }
        t.append("""

                Step 1. Unpack the bundle into an empty folder and open a terminal there:
                    unzip bundle.zip -d bundle && cd bundle

                Step 2. Check the exporter's key. Its fingerprint is:
                    %s
                Confirm this fingerprint with the sender by another channel (a phone call, a letter), not
                from this file alone. Then, using a fresh keyring so nothing else interferes:
                    export GNUPGHOME="$(mktemp -d)"
                    gpg --import public-key.asc
                    gpg --fingerprint
                The fingerprint gpg prints must be the one above.

                Step 3. Check the signatures:
                    gpg --verify SHA256SUMS.asc SHA256SUMS
                    gpg --verify manifest.json.asc manifest.json
                Each must say "Good signature". (gpg may warn that the key is not certified with a trusted
                signature: that only means you have not told gpg to trust it; Step 2 is how you check it.)

                Step 4. Check every file against its SHA-256:
                    sha256sum -c SHA256SUMS
                Every line must end in "OK". If any file says FAILED, or is missing, the bundle was altered.
                """.formatted(spaced));
        if (timeStamped) {
            t.append("""

                    Step 5. Check the trusted time-stamp (it proves manifest.json existed at that time):
                        openssl ts -reply -in manifest.json.tsr -token_in -text
                        openssl ts -verify -in manifest.json.tsr -token_in -data manifest.json -CAfile tsa-root.pem
                    where tsa-root.pem is the root certificate of the time-stamp authority named in the first
                    command's output, obtained from that authority. The second command must print
                    "Verification: OK".
                    """);
        }
        t.append("""

                The custody log
                ---------------
                Each line of custody/custody.jsonl is one event (captured, viewed, exported, transferred, ...)
                with its time, who did it (a pseudonymous id and role), the tool, and the exhibits concerned.
                Each line holds, as "previousHash", the SHA-256 of the line before it (without its line end),
                so no event can be changed, removed or reordered without breaking the chain. To check one
                link by hand (here, that line 2 follows line 1):
                    sed -n 1p custody/custody.jsonl | tr -d '\\n' | sha256sum
                    sed -n 2p custody/custody.jsonl
                The first command's digest must appear as "previousHash" in the second line. The last line
                of custody/checkpoints.jsonl is signed with the same key and is repeated in manifest.json;
                a Redress verifier (BundleVerifier) checks the whole chain, the Merkle roots and the proofs
                in one go.

                This text was generated by Redress. The evidence files themselves are exactly as captured.
                """);
        return t.toString().getBytes(StandardCharsets.UTF_8);
    }
}
