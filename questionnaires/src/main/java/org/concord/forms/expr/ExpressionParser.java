package org.concord.forms.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.concord.forms.expr.Token.Kind;

/**
 * Parses the XLSForm expression subset (XPath 1.0 precedence: {@code or} < {@code and} < {@code = !=} <
 * {@code < <= > >=} < {@code + -} < {@code * div mod} < unary minus) into a tree, once, when a form loads.
 */
public final class ExpressionParser {
    private final String source;
    private final List<Token> tokens;
    private final SecondaryInstances instances;
    /** True where a bare name is a column: in a choice_filter and in an instance predicate. */
    private boolean choiceColumns;
    /** A survey cell's expression: a bare word is a path below the question, but a function needs its '()'. */
    private final boolean cell;
    private int index;

    private ExpressionParser(String source, boolean choiceColumns, boolean cell, SecondaryInstances instances) {
        this.source = source;
        this.tokens = Lexer.tokenize(source);
        this.choiceColumns = choiceColumns;
        this.cell = cell;
        this.instances = instances;
    }

    /**
     * Parses an expression.
     *
     * @throws ExpressionException when it does not parse, with the position
     */
    public static Expression parse(String source) {
        return parse(source, false, false, new SecondaryInstances());
    }

    /** Parses an expression whose {@code instance('NAME')} and {@code pulldata('NAME', ...)} read {@code instances}. */
    public static Expression parse(String source, SecondaryInstances instances) {
        return parse(source, false, false, instances);
    }

    /** Parses a {@code choice_filter}: a bare name there is a column of the choices sheet ({@code state = ${s}}). */
    public static Expression parseChoiceFilter(String source) {
        return parse(source, true, false, new SecondaryInstances());
    }

    /** Parses a {@code choice_filter} whose {@code instance()} and {@code pulldata()} read {@code instances}. */
    public static Expression parseChoiceFilter(String source, SecondaryInstances instances) {
        return parse(source, true, false, instances);
    }

    /**
     * Parses the expression of a survey cell ({@code calculation}, {@code relevant}...). A bare word there
     * ({@code name = ${crop}}) is an XPath path below the question, which has nothing below it: always empty, as ODK
     * Collect reads it; {@link Expression#choiceColumns()} gives such words, for the form check to judge them. A
     * function's name without its {@code ()} is an error. {@code instance()} and {@code pulldata()} read
     * {@code instances}.
     */
    public static Expression parseCell(String source, SecondaryInstances instances) {
        return parse(source, true, true, instances);
    }

    private static Expression parse(String source, boolean choiceColumns, boolean cell,
            SecondaryInstances instances) {
        ExpressionParser p = new ExpressionParser(source, choiceColumns, cell, instances);
        if (p.peek().kind() == Kind.END) {
            throw new ExpressionException("empty expression", 0);
        }
        Term root = p.or();
        if (p.peek().kind() != Kind.END) {
            throw new ExpressionException("unexpected " + p.peek().describe(), p.peek().position());
        }
        return new ParsedExpression(source, root);
    }

    /**
     * The warning for the strings of {@code e} written in typographic quotes, or null when it has none: Concord reads
     * them as straight quotes (what a user who wrote the form in Word meant), but ODK's XPath parser takes no
     * typographic quote, so ODK Collect would refuse the form.
     */
    public static String typographicQuotesWarning(Expression e) {
        List<String> strings = e.typographicStrings();
        if (strings.isEmpty()) {
            return null;
        }
        String straight = strings.get(0).charAt(0) == '\u2018' || strings.get(0).charAt(0) == '\u2019' ? "'" : "\"";
        return "text " + String.join(", ", strings) + " is in typographic quotes (as Word writes them); Concord reads "
                + "them as straight quotes, " + straight + strings.get(0).substring(1, strings.get(0).length() - 1)
                + straight + ", but ODK Collect would refuse them: write straight quotes ' or \"";
    }

    /** An expression that is always {@code value}, e.g. {@code required = yes}; {@code source} is the cell text. */
    public static Expression constant(boolean value, String source) {
        return new ParsedExpression(source, new Term.Call(value ? Function.TRUE : Function.FALSE, List.of(), null));
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token advance() {
        return tokens.get(index++);
    }

    private boolean acceptName(String word) {
        if (peek().is(Kind.NAME, word)) {
            index++;
            return true;
        }
        return false;
    }

    private Term or() {
        Term left = and();
        while (acceptName("or")) {
            left = new Term.Binary("or", left, and());
        }
        return left;
    }

    private Term and() {
        Term left = equality();
        while (acceptName("and")) {
            left = new Term.Binary("and", left, equality());
        }
        return left;
    }

    private Term equality() {
        Term left = relational();
        while (peek().is(Kind.OPERATOR, "=") || peek().is(Kind.OPERATOR, "!=")) {
            String op = advance().text();
            left = new Term.Binary(op, left, relational());
        }
        return left;
    }

    private Term relational() {
        Term left = additive();
        while (peek().kind() == Kind.OPERATOR && List.of("<", "<=", ">", ">=").contains(peek().text())) {
            String op = advance().text();
            left = new Term.Binary(op, left, additive());
        }
        return left;
    }

    private Term additive() {
        Term left = multiplicative();
        while (peek().is(Kind.OPERATOR, "+") || peek().is(Kind.OPERATOR, "-")) {
            String op = advance().text();
            left = new Term.Binary(op, left, multiplicative());
        }
        return left;
    }

    private Term multiplicative() {
        Term left = unary();
        while (peek().is(Kind.OPERATOR, "*") || peek().is(Kind.NAME, "div") || peek().is(Kind.NAME, "mod")) {
            String op = advance().text();
            left = new Term.Binary(op, left, unary());
        }
        return left;
    }

    private Term unary() {
        if (peek().is(Kind.OPERATOR, "-")) {
            advance();
            return new Term.Negate(unary());
        }
        return primary();
    }

    private Term primary() {
        Token t = advance();
        switch (t.kind()) {
            case NUMBER:
                return new Term.Literal(Double.parseDouble(t.text()));
            case STRING:
                return new Term.Literal(t.text());
            case REFERENCE:
                return new Term.Reference(t.text());
            case SELF:
                if (t.text().startsWith("..")) {
                    throw new ExpressionException("'" + t.text() + "' (parent) is only supported in position(..) and "
                            + "position(../..)", t.position());
                }
                return new Term.Self();
            case LPAREN: {
                Term inner = or();
                expect(Kind.RPAREN, "')'");
                return inner;
            }
            case NAME:
                return call(t);
            case END:
                throw new ExpressionException("unexpected end of expression: a value is missing", t.position());
            default:
                throw new ExpressionException("unexpected " + t.describe() + ": expected a value", t.position());
        }
    }

    private Term call(Token name) {
        if (name.text().contains("::")) {
            // pyxform copies such a word into the XPath unread; XPath reads '::' as an axis, which ODK refuses.
            throw new ExpressionException("'" + name.text() + "' names a column with a language, which an expression "
                    + "cannot read (XPath, and so ODK, reads '::' as an axis); filter on a column without a language, "
                    + "such as name or a column of your own", name.position());
        }
        if (peek().kind() != Kind.LPAREN && choiceColumns && !name.text().contains(":")) {
            if (cell && Function.byName(name.text()) != null) {
                throw new ExpressionException("unexpected word '" + name.text() + "': write " + name.text()
                        + "() to call the function", name.position());
            }
            return new Term.ChoiceColumn(name.text());
        }
        if (peek().kind() != Kind.LPAREN) {
            throw new ExpressionException("unexpected word '" + name.text()
                    + "' (write a question as ${name} and text in quotes)", name.position());
        }
        if (name.text().equals("instance")) {
            return instancePath(name);
        }
        if (name.text().equals("pulldata")) {
            return pulldata(name);
        }
        Function function = Function.byName(name.text());
        if (function == null) {
            throw new ExpressionException("function " + name.text() + "() is not supported (supported: "
                    + Function.supportedNames() + ")", name.position());
        }
        advance();
        List<Term> args = new ArrayList<>();
        if (function == Function.POSITION && peek().kind() == Kind.SELF && peek().text().startsWith("..")) {
            int levels = (advance().text().length() + 1) / 3;
            if (levels > 1) {
                expect(Kind.RPAREN, "')'");
                return new Term.OuterPosition(levels);
            }
        } else if (peek().kind() != Kind.RPAREN) {
            args.add(or());
            while (peek().kind() == Kind.COMMA) {
                advance();
                args.add(or());
            }
        }
        expect(Kind.RPAREN, "')' or ','");
        if (args.size() < function.minArgs() || args.size() > function.maxArgs()) {
            throw new ExpressionException(function.xpathName() + "() takes " + function.minArgs()
                    + (function.minArgs() == 1 ? " argument" : " arguments") + ", not " + args.size(),
                    name.position());
        }
        Pattern pattern = null;
        if (function == Function.REGEX && args.get(1) instanceof Term.Literal lit && lit.value() instanceof String re) {
            try {
                pattern = Pattern.compile(re);
            } catch (PatternSyntaxException e) {
                throw new ExpressionException("invalid regular expression '" + re + "': " + e.getDescription(),
                        name.position());
            }
        }
        String choiceQuestion = null;
        if (function == Function.CHOICE_NAME) {
            java.util.regex.Matcher m = args.get(1) instanceof Term.Literal lit && lit.value() instanceof String q
                    ? CHOICE_QUESTION.matcher(q.strip()) : null;
            if (m == null || !m.matches()) {
                throw new ExpressionException("jr:choice-name() takes the question as a quoted reference, e.g. "
                        + "jr:choice-name(${q}, '${q}')", name.position());
            }
            choiceQuestion = m.group(1).strip();
        }
        return new Term.Call(function, args, pattern, choiceQuestion);
    }

    /** {@code instance('NAME')/root/item[PREDICATE]/COLUMN}, the predicate and column optional. */
    private Term instancePath(Token name) {
        advance();
        Token id = advance();
        if (id.kind() != Kind.STRING) {
            throw new ExpressionException("instance() takes the instance name in quotes, e.g. instance('cities')",
                    id.position());
        }
        expect(Kind.RPAREN, "')'");
        List<String> steps = new ArrayList<>();
        Term predicate = null;
        while (peek().kind() == Kind.SLASH) {
            advance();
            Token step = advance();
            if (step.kind() != Kind.NAME) {
                throw new ExpressionException("expected a name after '/' but found " + step.describe(),
                        step.position());
            }
            steps.add(step.text());
            if (peek().kind() == Kind.LBRACKET) {
                if (steps.size() != 2 || predicate != null) {
                    throw new ExpressionException("a predicate [...] goes on the item: instance('" + id.text()
                            + "')/root/item[...]/column", peek().position());
                }
                advance();
                boolean outer = choiceColumns;
                choiceColumns = true;
                predicate = or();
                choiceColumns = outer;
                expect(Kind.RBRACKET, "']'");
            }
        }
        if (steps.size() < 2 || steps.size() > 3) {
            throw new ExpressionException("write an instance path as instance('" + id.text()
                    + "')/root/item[...]/column", name.position());
        }
        return new Term.Instance(new InstanceQuery(instances, id.text(), predicate,
                steps.size() == 3 ? steps.get(2) : null));
    }

    /** {@code pulldata('NAME', 'COLUMN', 'KEY_COLUMN', key)}: the first item of NAME whose KEY_COLUMN is key. */
    private Term pulldata(Token name) {
        advance();
        List<Term> args = new ArrayList<>();
        if (peek().kind() != Kind.RPAREN) {
            args.add(or());
            while (peek().kind() == Kind.COMMA) {
                advance();
                args.add(or());
            }
        }
        expect(Kind.RPAREN, "')' or ','");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(3, args.size()); i++) {
            if (args.get(i) instanceof Term.Literal lit && lit.value() instanceof String s) {
                names.add(s.strip());
            }
        }
        if (args.size() != 4 || names.size() != 3) {
            throw new ExpressionException("pulldata() takes the file name and two columns in quotes and a key: "
                    + "pulldata('fruits', 'price', 'name', ${fruit})", name.position());
        }
        Term key = new Term.Binary("=", new Term.ChoiceColumn(names.get(2)), args.get(3));
        return new Term.Instance(new InstanceQuery(instances, names.get(0), key, names.get(1)));
    }

    private static final Pattern CHOICE_QUESTION = Pattern.compile("\\$\\{([^}]+)}");

    private void expect(Kind kind, String what) {
        Token t = peek();
        if (t.kind() != kind) {
            throw new ExpressionException("expected " + what + " but found " + t.describe(), t.position());
        }
        advance();
    }

    @Override
    public String toString() {
        return source;
    }
}
