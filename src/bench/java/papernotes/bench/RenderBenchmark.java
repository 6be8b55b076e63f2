package papernotes.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import papernotes.model.Theme;
import papernotes.service.RenderService;

/// Measures how long a note of a given size takes to become the note view's page (Markdown parse, render, safety
/// pass and page assembly), on deterministic generated notes mixing Chinese and English prose, lists, tables, code,
/// math and links. A benchmark to run on demand (`papernotes bench render`), not a test.
public final class RenderBenchmark {

    /// Timings of one note size: the size in UTF-8 bytes and the milliseconds of each measured run, sorted.
    public record Result(int bytes, List<Double> millis) {

        public double percentile(double p) {
            return millis.get(Math.min(millis.size() - 1, (int) Math.floor(p * millis.size())));
        }
    }

    private static final String[] CHINESE = {
        "基于", "提取", "特征", "生成", "图片", "分辨率", "人脸", "重建", "训练", "损失", "网络", "结构", "模型", "数据集", "效果", "先验", "纹理", "姿态",
        "表情", "融合", "解耦", "退化", "对齐", "优化"
    };
    private static final String[] ENGLISH = {
        "stylegan2",
        "arcface",
        "ESRGAN",
        "Real-ESRGAN",
        "3DMM",
        "U-Net",
        "transformer",
        "attention",
        "perceptual loss",
        "identity loss",
        "landmark",
        "FFHQ",
        "VGGFace2",
        "latent",
        "encoder",
        "decoder"
    };

    private final RenderService render;

    public RenderBenchmark(RenderService render) {
        this.render = render;
    }

    /// Renders a generated note of about `bytes` UTF-8 bytes `warmups` times, then `runs` times measured.
    public Result measure(int bytes, int warmups, int runs) {
        var note = note(bytes, new Random(bytes));
        for (int i = 0; i < warmups; i++) {
            render.file(note, "bench.md", Theme.LIGHT);
        }
        var millis = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            render.file(note, "bench.md", Theme.LIGHT);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(null);
        return new Result(note.getBytes(StandardCharsets.UTF_8).length, List.copyOf(millis));
    }

    /// A deterministic note of about `bytes` UTF-8 bytes.
    static String note(int bytes, Random random) {
        var out = new StringBuilder("---\ntitle: 基准笔记 Benchmark\ntags: [bench]\n---\n");
        int section = 0;
        while (out.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
            out.append("## 第")
                    .append(++section)
                    .append("节 Section ")
                    .append(section)
                    .append("\n\n");
            for (int p = 0; p < 3; p++) {
                out.append(sentence(random))
                        .append(' ')
                        .append(sentence(random))
                        .append("\n\n");
            }
            out.append("- ")
                    .append(sentence(random))
                    .append("\n- [x] ")
                    .append(sentence(random))
                    .append("\n- 见 [[GPEN]]\n\n");
            out.append("| 方法 | PSNR | SSIM |\n|---|--:|--:|\n| ")
                    .append(pick(ENGLISH, random))
                    .append(" | ")
                    .append(20 + random.nextInt(10))
                    .append(".")
                    .append(random.nextInt(10))
                    .append(" | 0.")
                    .append(random.nextInt(1000))
                    .append(" |\n\n");
            out.append("公式 $L = \\lambda_{id} L_{id} + \\lambda_{per} L_{per}$，见 https://arxiv.org/abs/2107.")
                    .append(10000 + random.nextInt(90000))
                    .append("\n\n");
            out.append("```python\nloss = criterion(output, target)  # ")
                    .append(pick(CHINESE, random))
                    .append("\n```\n\n");
        }
        return out.toString();
    }

    private static String sentence(Random random) {
        var out = new StringBuilder();
        int words = 8 + random.nextInt(12);
        for (int i = 0; i < words; i++) {
            out.append(random.nextInt(3) == 0 ? " " + pick(ENGLISH, random) + " " : pick(CHINESE, random));
        }
        return out.append(random.nextBoolean() ? "。" : ",").toString().strip();
    }

    private static String pick(String[] words, Random random) {
        return words[random.nextInt(words.length)];
    }
}
