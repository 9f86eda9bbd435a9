package org.veil.core.recognize.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptronTaggerTest {
    /** Sentences are arrays of words; the features are the word, its capital, the previous word and tag. */
    private static final FeatureExtractor<String[]> TOY = new FeatureExtractor<>() {
        @Override
        public int length(String[] s) {
            return s.length;
        }

        @Override
        public void extract(String[] s, int i, String prev1, String prev2, Features out) {
            out.add("bias");
            out.add("w=", s[i]);
            out.add("cap=", Character.isUpperCase(s[i].charAt(0)) ? "1" : "0");
            out.add("pw=", i > 0 ? s[i - 1] : "<S>");
            out.add("p1=", prev1);
        }
    };
    private static final List<String> LABELS = List.of("O", "B-PER", "I-PER");

    private static List<PerceptronTagger.Example<String[]>> data() {
        List<PerceptronTagger.Example<String[]>> out = new ArrayList<>();
        String[] given = {"Anna", "Ivan", "Olga", "Pavel"};
        String[] family = {"Keller", "Smith", "Petrova", "Orlov"};
        for (String g : given) {
            for (String f : family) {
                out.add(new PerceptronTagger.Example<>(new String[] {"yesterday", g, f, "left", "town"},
                        List.of("O", "B-PER", "I-PER", "O", "O")));
                out.add(new PerceptronTagger.Example<>(new String[] {"we", "met", g, f, "there"},
                        List.of("O", "O", "B-PER", "I-PER", "O")));
            }
        }
        return out;
    }

    @Test
    void learnsTheTrainingSetAndGeneralisesByContext() {
        PerceptronTagger<String[]> t = PerceptronTagger.train(data(), LABELS, TOY, 5, 1);
        assertEquals(List.of("O", "B-PER", "I-PER", "O", "O"), t.tag(new String[] {"yesterday", "Olga", "Smith", "left", "town"}));
        assertEquals(List.of("O", "O", "B-PER", "I-PER", "O"), t.tag(new String[] {"we", "met", "Zara", "Quist", "there"}),
                "unseen capitalised words in a name's place");
        assertTrue(t.features() > 0);
    }

    @Test
    void roundTripsThroughTheBinaryFormat() throws Exception {
        PerceptronTagger<String[]> t = PerceptronTagger.train(data(), LABELS, TOY, 5, 1);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        t.write(buf);
        PerceptronTagger<String[]> back = PerceptronTagger.read(new ByteArrayInputStream(buf.toByteArray()), TOY);
        assertEquals(t.features(), back.features());
        assertEquals(t.labels(), back.labels());
        for (PerceptronTagger.Example<String[]> e : data()) {
            assertEquals(t.tag(e.sentence()), back.tag(e.sentence()));
        }
    }

    @Test
    void readsTheStringKeyedFormatByHashingItsKeys() throws Exception {
        // The first Russian model's layout: labels, then each feature string with one weight per label.
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(buf);
        d.writeInt(LABELS.size());
        for (String l : LABELS) {
            d.writeUTF(l);
        }
        d.writeInt(2);
        d.writeUTF("cap=1");
        d.writeFloat(0f);
        d.writeFloat(2f);
        d.writeFloat(0f);
        d.writeUTF("p1=B-PER");
        d.writeFloat(0f);
        d.writeFloat(0f);
        d.writeFloat(3f);
        PerceptronTagger<String[]> t = PerceptronTagger.read(new ByteArrayInputStream(buf.toByteArray()), TOY);
        assertEquals(List.of("O", "B-PER", "I-PER", "O"), t.tag(new String[] {"the", "Ann", "Lee", "said"}));
    }

    @Test
    void hashingPiecesEqualsHashingTheWholeString() {
        Features f = new Features();
        f.add("w=", "Smith");
        f.add("s3=", "xsmith", 3, 6);
        f.add("p1|sh=", "B-PER", "Xx");
        assertEquals(Features.hash("w=Smith"), f.get(0));
        assertEquals(Features.hash("s3=ith"), f.get(1));
        assertEquals(Features.hash("p1|sh=B-PER|Xx"), f.get(2));
    }
}
