package com.rolecompare.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How text becomes terms, the same at indexing and at search time. Every text field is indexed two ways:
 * <ul>
 * <li>words: Unicode word boundaries (a Chinese character is a word of its own), lower case, English stop words
 * (but not "it": "IT project manager"), Porter stemming, so "managers" finds "manager";</li>
 * <li>grams: overlapping pairs of Chinese characters only, so "客服" is one term and a phrase of pairs finds any
 * Chinese word, whether a dictionary knows it or not;</li>
 * </ul>
 * Latin words as written (lower case, unstemmed) are what {@link Spelling} corrects typos against.
 * Why pairs rather than smartcn's word segmentation: smartcn cuts 客服 into 客/服 (it is not in its dictionary), so
 * pairs were needed anyway, and it costs about 1 ms per 4 texts cold (4.3 s for 4,000 texts, 1 s warm, measured
 * here): most of an index build, and too slow to mark matches in every snippet of a results page.
 */
final class Analyzers {

    static final String GRAMS = "_grams";

    /** English stop words, less "it", which names roles ("IT project manager"). */
    static final CharArraySet STOP_WORDS;

    static {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stop.remove("it");
        STOP_WORDS = CharArraySet.unmodifiableSet(stop);
    }

    static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new EnglishPossessiveFilter(stream);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
        }
    };

    static final Analyzer GRAM_PAIRS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN);
            return new TokenStreamComponents(tokenizer,
                    new TypeTokenFilter(stream, Set.of("<DOUBLE>", "<SINGLE>"), true));
        }
    };

    static final Analyzer PLAIN_WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            return new TokenStreamComponents(tokenizer,
                    new TypeTokenFilter(stream, Set.of("<ALPHANUM>", "<NUM>"), true));
        }
    };

    /** The analyzer of each field: a name ending in {@link #GRAMS} is analysed into pairs, any other into words. */
    static Analyzer perField(List<String> textFields) {
        Map<String, Analyzer> fields = new java.util.HashMap<>();
        for (String field : textFields) {
            fields.put(field + GRAMS, GRAM_PAIRS);
        }
        return new PerFieldAnalyzerWrapper(WORDS, fields);
    }

    /** A term and where it stands in the text. */
    record Token(String term, int start, int end) {
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return tokens(analyzer, text).stream().map(Token::term).toList();
    }

    private Analyzers() {
    }
}
