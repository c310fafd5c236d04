package org.rebook.cli;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Checks --reference-pattern is a valid regular expression before any work starts. */
final class PatternConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        try {
            Pattern.compile(value);
            return value;
        } catch (PatternSyntaxException e) {
            throw new TypeConversionException("'" + value + "' is not a valid regular expression: " + e.getDescription());
        }
    }
}
