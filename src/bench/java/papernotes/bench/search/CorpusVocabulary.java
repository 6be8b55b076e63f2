package papernotes.bench.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import papernotes.model.GlossaryEntry;
import papernotes.model.PaperNotesException;

/// The words generated notes are made of, each list in the order of its Zipf ranks: a large general Chinese
/// vocabulary (the ~70,000 words of HanLP's synonym dictionary, shuffled by the seed), the glossary's Chinese and
/// English terms (the domain), filler words, 20,000 made-up English words built from syllables, and paper-style
/// identifiers (`stylegan2`, `3DMM`, `Real-ESRGAN` and 5,000 made-up ones). A large vocabulary keeps postings as
/// sparse as in real notes.
record CorpusVocabulary(
        List<String> chinese,
        List<String> chineseDomain,
        List<String> function,
        List<String> english,
        List<String> englishDomain,
        List<String> identifiers) {

    private static final String SYNONYMS = "data/dictionary/synonym/CoreSynonym.txt";
    static final List<String> FUNCTION_WORDS = List.of(
            "的", "了", "在", "是", "和", "与", "对", "将", "通过", "使用", "我们", "可以", "这个", "一个", "进行", "其中", "以及", "由于", "因此",
            "但是", "同时", "并且", "用于", "基于", "得到", "提出", "采用", "作为", "之后", "首先", "然后", "最后", "而且", "所以", "没有", "需要", "如果",
            "就", "也", "都", "把", "被", "从", "到", "中", "上", "下", "后");
    static final List<String> KNOWN_IDENTIFIERS = List.of(
            "stylegan2",
            "arcface",
            "pspnet",
            "3DMM",
            "e4e",
            "Real-ESRGAN",
            "GFPGAN",
            "ViT",
            "DETR",
            "NeRF",
            "SMPL",
            "FLAME",
            "3DDFA_V2",
            "ResNet50",
            "VGG16",
            "BERT",
            "GAN",
            "CNN",
            "MLP",
            "U-Net",
            "DeiT",
            "Swin",
            "BiSeNet",
            "HRNet",
            "PIFu",
            "ICP",
            "PCA",
            "LPIPS",
            "FID",
            "SSIM",
            "PSNR",
            "Adam",
            "CLIP",
            "VAE",
            "DDPM",
            "AdaIN",
            "SPADE",
            "FFHQ",
            "CelebA-HQ",
            "VoxCeleb2");
    private static final String[] SYLLABLES = {
        "ka", "ri", "to", "ver", "ment", "al", "con", "pro", "sa", "ne", "lu", "tion", "mi", "de", "re", "in", "ex",
        "ta", "po", "li", "ar", "st", "or", "en", "un", "ble", "ic", "an", "ge", "ro", "mo", "ly", "er", "si", "per",
        "com", "dis", "na", "ti", "ca"
    };
    private static final String[] SUFFIXES = {
        "GAN", "Net", "Former", "Face", "Swap", "SR", "Fit", "Rec", "Pose", "Avatar"
    };

    /// The vocabulary for `seed`, with the domain terms of `glossary`.
    static CorpusVocabulary of(long seed, List<GlossaryEntry> glossary) {
        var random = new Random(seed);
        var chinese = new ArrayList<>(synonymWords());
        Collections.shuffle(chinese, random);
        var chineseDomain = new LinkedHashSet<String>();
        var englishDomain = new LinkedHashSet<String>();
        for (GlossaryEntry entry : glossary) {
            for (String term : entry.terms()) {
                if (term.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    chineseDomain.add(term);
                } else if (term.codePoints().allMatch(c -> c < 128)) {
                    englishDomain.add(term.toLowerCase(Locale.ROOT));
                }
            }
        }
        var domain = new ArrayList<>(chineseDomain);
        Collections.shuffle(domain, random);
        var englishTerms = new ArrayList<>(englishDomain);
        Collections.shuffle(englishTerms, random);
        return new CorpusVocabulary(
                List.copyOf(chinese),
                List.copyOf(domain),
                FUNCTION_WORDS,
                madeUpWords(random, 20_000),
                List.copyOf(englishTerms),
                identifiers(random));
    }

    /// Words of two to four Chinese characters from HanLP's synonym dictionary (a resource of its jar).
    private static List<String> synonymWords() {
        var stream = CorpusVocabulary.class.getClassLoader().getResourceAsStream(SYNONYMS);
        if (stream == null) {
            throw new PaperNotesException("The word list " + SYNONYMS + " is missing from the class path.");
        }
        Set<String> words = new LinkedHashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                var parts = line.strip().split("\\s+");
                for (int i = 1; i < parts.length; i++) {
                    var word = parts[i];
                    if (word.length() >= 2
                            && word.length() <= 4
                            && word.codePoints()
                                    .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                        words.add(word);
                    }
                }
            }
        } catch (IOException e) {
            throw new PaperNotesException("Cannot read the word list " + SYNONYMS + ": " + e.getMessage() + ".", e);
        }
        return new ArrayList<>(words);
    }

    /// `count` distinct made-up English words of two to four syllables.
    private static List<String> madeUpWords(Random random, int count) {
        var words = new LinkedHashSet<String>();
        while (words.size() < count) {
            var word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int i = 0; i < syllables; i++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(word.toString());
        }
        return List.copyOf(words);
    }

    /// The known identifiers first (the most frequent), then 5,000 made-up ones (`Tivera3`, `ConkaGAN`, `Lu-Net`).
    private static List<String> identifiers(Random random) {
        var result = new LinkedHashSet<>(KNOWN_IDENTIFIERS);
        var syllableWords = madeUpWords(random, 6_000);
        int i = 0;
        while (result.size() < KNOWN_IDENTIFIERS.size() + 5_000) {
            var stem = syllableWords.get(i++);
            var name = Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
            name = switch (random.nextInt(4)) {
                case 0 -> name + SUFFIXES[random.nextInt(SUFFIXES.length)];
                case 1 -> name + (1 + random.nextInt(9));
                case 2 ->
                    name.substring(0, Math.min(3, name.length())).toUpperCase(Locale.ROOT) + "-"
                            + SUFFIXES[random.nextInt(SUFFIXES.length)];
                default -> name;
            };
            result.add(name);
        }
        return List.copyOf(result);
    }
}
