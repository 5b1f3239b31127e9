package org.faqbot.cli;

import org.faqbot.kb.Lang;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a language option: {@code nl} or {@code en}. */
final class LangConverter implements ITypeConverter<Lang> {

    @Override
    public Lang convert(String value) {
        return Lang.fromCode(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not a language; use nl or en"));
    }
}
