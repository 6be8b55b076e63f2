package papernotes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The meaning model, loaded for real: texts about the same thing point the same way, across the languages too.
class MeaningModelTest {

    private static MeaningModel model;

    @BeforeAll
    static void load() {
        model = MeaningModel.load();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static double cosine(String a, String b) {
        float[] x = model.embed(a);
        float[] y = model.embed(b);
        double dot = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
        }
        return dot;
    }

    @Test
    void aVectorHasTheModelsDimensionsAndUnitLength() {
        var vector = model.embed("基于stylegan2,arcface提取id特征");
        assertEquals(MeaningModel.DIMENSIONS, vector.length);
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        assertEquals(1.0, norm, 1e-3);
    }

    @Test
    void textsAboutTheSameThingAreCloserThanTextsAboutAnother() {
        double same = cosine("图像超分辨率重建", "用深度网络把低分辨率图像恢复成高分辨率图像");
        double other = cosine("图像超分辨率重建", "换脸：把一个人的脸换到另一个人身上");
        assertTrue(same > other + 0.1, same + " vs " + other);
        double across = cosine("知识蒸馏", "knowledge distillation from a teacher network to a student");
        double unrelated = cosine("知识蒸馏", "Kalman filter for tracking cars in video");
        assertTrue(across > unrelated, across + " vs " + unrelated);
    }
}
