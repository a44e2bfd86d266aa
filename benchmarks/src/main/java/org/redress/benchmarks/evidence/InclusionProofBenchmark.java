package org.redress.benchmarks.evidence;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.redress.evidence.custody.MerkleTree;

/** The cost of verifying one RFC 9162 inclusion proof in logs of 10^3, 10^5 and 10^6 events. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class InclusionProofBenchmark {

    /** Events in the log. */
    @Param({"1000", "100000", "1000000"})
    public int events;

    private byte[] leaf;
    private long index;
    private List<byte[]> proof;
    private byte[] root;

    /** Builds the tree and one proof for a leaf in the middle. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<byte[]> leaves = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            leaves.add(MerkleTree.leafHash(sha.digest(Integer.toString(i).getBytes())));
        }
        index = events / 2 + 1;
        leaf = leaves.get((int) index);
        proof = MerkleTree.inclusionProof(leaves, index, events);
        root = MerkleTree.root(leaves);
    }

    /** Verifies the proof. */
    @Benchmark
    public boolean verifyInclusion() {
        return MerkleTree.verifyInclusion(leaf, index, events, proof, root);
    }
}
