package dev.hebbian.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A refactoring guard, not a check of correctness: a few seeded trajectories of {@link Chain}
 * (sequential sweeps at changing beta, synchronous and Plefka sweeps, hand-made flips) must end in
 * exactly the state, flip count and energy that the engine produced before it was split into small
 * classes (Chain.java at commit 85ead58). The expected numbers were computed once from that code
 * (run with -Dgolden.record=true to print them) and pasted here; they pin the random stream and
 * every decision bit for bit, so any change of the engine's numbers, intended or not, fails this
 * test, and a deliberate change must record them again. The law of the chain is SamplerLawTest's
 * job, and its agreement with the reference mode FastFieldsTest's.
 */
class GoldenTrajectoryTest {
    @ParameterizedTest
    @CsvSource({
            "2,2000,100,binary,archetype,1,0",
            "2,400,40,binary,random,2,0",
            "2,300,60,diluted,archetype,3,0",
            "4,60,300,binary,archetype,4,0",
            "4,40,200,binary,random,5,0",
            "4,30,40,real,archetype,6,0",
            "6,20,30,binary,random,7,0",
            "2,200,20,binary,random,8,1",
            "4,30,30,diluted,random,9,1"})
    void trajectoriesEndWhereThePreSplitEngineEnded(int P, int N, int K, String kind, String startKind, long seed,
            int allTuples) {
        SplittableRandom data = new SplittableRandom(1000 * seed + P);
        double[][] u = NetworkEnergyTest.patterns(K, N, kind, data);
        Couplings c = Couplings.of(P, u, Couplings.ones(K),
                allTuples == 1 ? Interaction.ALL_TUPLES : Interaction.DISTINCT_TUPLES);
        byte[] start = startKind.equals("archetype") ? FastFieldsTest.sign(u[0]) : FastFieldsTest.randomSpins(N, data);
        double[] betas = {10, 10, 10, 10, 2, 2, 30, 30, 30, Double.POSITIVE_INFINITY, 0.5, 0.5, 4, 4, 10, 10};
        StringBuilder got = new StringBuilder();
        for (String scheme : new String[] {"sequential", "parallel", "plefka", "mixed"}) {
            Chain chain = new Chain(c, start);
            SplittableRandom rng = new SplittableRandom(seed * 31 + scheme.length());
            for (int rep = 0; rep < 5; rep++) {
                for (int t = 0; t < betas.length; t++) {
                    double beta = betas[t];
                    switch (scheme) {
                        case "sequential" -> chain.sweep(beta, rng);
                        case "parallel" -> chain.parallelSweep(beta, rng);
                        case "plefka" -> chain.plefkaSweep(beta, rng);
                        default -> {
                            if (t % 5 == 0) chain.set(rng.nextInt(N), rng.nextBoolean() ? 1 : -1);
                            if (t % 4 == 1) chain.parallelSweep(beta, rng);
                            else chain.sweep(beta, rng);
                            int i = rng.nextInt(N);
                            if (beta < 5) chain.set(i, rng.nextDouble() < chain.probabilityUp(i, beta) ? 1 : -1);
                        }
                    }
                }
            }
            long h = 1125899906842597L;
            for (byte s : chain.spins()) h = 31 * h + s;
            got.append(scheme).append(':').append(Long.toHexString(h)).append(',').append(chain.flips()).append(',')
                    .append(Long.toHexString(Double.doubleToLongBits(chain.energy()))).append(',')
                    .append(Long.toHexString(Double.doubleToLongBits(chain.field(N / 2)))).append(';');
        }
        String key = P + "," + N + "," + K + "," + kind + "," + startKind + "," + seed + "," + allTuples;
        if (Boolean.getBoolean("golden.record")) System.out.println("GOLDEN \"" + key + "\", \"" + got + "\",");
        assertThat(got.toString()).as(key).isEqualTo(expected(key));
    }

    private static String expected(String key) {
        for (int k = 0; k < GOLDEN.length; k += 2) if (GOLDEN[k].equals(key)) return GOLDEN[k + 1];
        return "(none recorded)";
    }

    /** Key, then for each scheme: spin hash, flips, energy bits, field bits of spin N/2; from the pre-split engine. */
    private static final String[] GOLDEN = {
            "2,2000,100,binary,archetype,1,0", "sequential:8227180b567f5b23,20017,c08d1d395810624e,3fdd604189374bc7;parallel:d79b1a1a8fd19723,19579,c08c3cbe76c8b43a,bfeaf9db22d0e560;plefka:38b0882d15ddc87,15755,c08a9e78d4fdf3b6,bff004189374bc6b;mixed:edcbaef63a798ba7,19761,c08bb20624dd2f1b,bfc3d70a3d70a3d7;",
            "2,400,40,binary,random,2,0", "sequential:c65488a522acd11b,4050,c068d87ae147ae15,3ff7eb851eb851ec;parallel:b0db198d0a39fa9f,4338,c068e9c28f5c28f6,c000ae147ae147ae;plefka:b4eb1834b645b79d,3103,c0698451eb851eb8,bffc666666666667;mixed:f6fe3f54bd7b0a13,4064,c068d87ae147ae15,3fe11eb851eb851f;",
            "2,300,60,diluted,archetype,3,0", "sequential:e922f6d945ddd36d,3590,c05d633333333334,3fd5f92c5f92c5fa;parallel:a194a0aa4e54b8d9,3886,c05db1b4e81b4e82,3ff5eb851eb851ec;plefka:5442711db8136e41,2472,c05c9ccccccccccd,3fbc28f5c28f5c29;mixed:2c9996a42a1f87f7,3451,c05b75f92c5f92c6,bfd369d0369d036a;",
            "4,60,300,binary,archetype,4,0", "sequential:a54feec611540529,358,c03aced1ce64945e,bff9f5fcd070de18;parallel:b3ccfb42ec8cae1f,849,c02c1d2f1a9fbe77,3ff98607bca4c00f;plefka:f66f45642445e3e9,138,c03a81e7e10d6d00,bffdd44f3078263b;mixed:7714a6dd57bbe723,429,c03ad33333333334,3ffc27983c131d5b;",
            "4,40,200,binary,random,5,0", "sequential:5a89e9239bfea623,255,c030cf3333333333,bffa245a1cac0831;parallel:37dcdfd41ec3a4a5,794,c031bd16872b020c,c00029374bc6a7f0;plefka:4fef0b0ba096e2f,55,c01c2a5e353f7cee,bfdfd916872b020c;mixed:5ee1ccb0c1946e61,272,c030e9e353f7ced9,c000a4189374bc6b;",
            "4,30,40,real,archetype,6,0", "sequential:e442c6adb244b843,473,c0107ad9afd71810,3feabf0192d6ee3a;parallel:b49b51d49556760d,738,bfd3b10bbbcf7061,3fbe7c948b8ccd61;plefka:ac0b12b008180807,253,c00ad35b852f67b8,bff06ad4fcdb257b;mixed:ffba4e5ead6f2f4b,537,c011bf3ef5fba7dd,3fecbf71255c12b6;",
            "6,20,30,binary,random,7,0", "sequential:841e76c291330a27,434,bfadf3b645a1cac0,bf961e4f765fd8ae;parallel:6eb9a47013abdc69,837,bfe3096bb98c7e28,bfd1652bd3c36113;plefka:6dde5513e217656f,42,c0118395810624dd,bff4b50b0f27bb30;mixed:5ade6588f7a93a29,443,bf8f559b3d07c84b,bf7d7dbf487fcb92;",
            "2,200,20,binary,random,8,1", "sequential:3cefcf7d420503a5,1929,c05bc47ae147ae16,3fe0f5c28f5c28f6;parallel:288329875c4012df,2070,c05cdf5c28f5c291,bff4f5c28f5c28f6;plefka:76b92af84f5ca4e3,1524,c05c4ae147ae147c,3febd70a3d70a3d7;mixed:bef377ddcc97f9a3,2004,c05b699999999998,3fdf5c28f5c28f5c;",
            "4,30,30,diluted,random,9,1", "sequential:1497a1a3975395c1,395,c018936fe1a8c537,3fe83c131d5acb6f;parallel:73ae955badb23c1,481,bfe93d3662c2551c,bfa70f18325d99e7;plefka:53d1f3748d44a947,354,c012d3003a4114b5,3fe49801d208a5a9;mixed:7c9fadf1ff922c89,385,c018936fe1a8c537,bfe83c131d5acb6f;",
    };
}
