package org.concord.forms.expr;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A node of a parsed expression tree. Records, so that equal sources give equal trees. */
sealed interface Term {
    /** Evaluates to a String, Double or Boolean. */
    Object eval(Answers answers, String self);

    /** Adds the names referenced as {@code ${name}} to {@code out}. */
    void collectReferences(Set<String> out);

    /** A number or string literal. */
    record Literal(Object value) implements Term {
        @Override
        public Object eval(Answers answers, String self) {
            return value;
        }

        @Override
        public void collectReferences(Set<String> out) {
        }
    }

    /** {@code ${name}}: the answer, or the empty string when unanswered. */
    record Reference(String name) implements Term {
        @Override
        public Object eval(Answers answers, String self) {
            String v = answers.get(name);
            return v == null ? "" : v;
        }

        @Override
        public void collectReferences(Set<String> out) {
            out.add(name);
        }
    }

    /** A bare name in a {@code choice_filter}: the column of that name of the choice being filtered. */
    record ChoiceColumn(String column) implements Term {
        @Override
        public Object eval(Answers answers, String self) {
            String v = answers.choiceColumn(column);
            return v == null ? "" : v;
        }

        @Override
        public void collectReferences(Set<String> out) {
        }

        /** The choice columns named in a tree. */
        static void collect(Term t, Set<String> out) {
            if (t instanceof ChoiceColumn c) {
                out.add(c.column());
            } else if (t instanceof Binary b) {
                collect(b.left(), out);
                collect(b.right(), out);
            } else if (t instanceof Negate n) {
                collect(n.operand(), out);
            } else if (t instanceof Call c) {
                c.args().forEach(a -> collect(a, out));
            }
        }
    }

    /** A path into a secondary instance or a {@code pulldata()}: see {@link InstanceQuery}. */
    record Instance(InstanceQuery query) implements Term {
        @Override
        public Object eval(Answers answers, String self) {
            return query.eval(answers, self);
        }

        @Override
        public void collectReferences(Set<String> out) {
            if (query.predicate() != null) {
                query.predicate().collectReferences(out);
            }
        }
    }

    /** {@code .}: the value of the question being checked. */
    record Self() implements Term {
        @Override
        public Object eval(Answers answers, String self) {
            return self == null ? "" : self;
        }

        @Override
        public void collectReferences(Set<String> out) {
        }
    }

    /**
     * {@code position(../..)}: the 1-based index of the instance of the repeat {@code levels - 1} repeats out from the
     * innermost one around the question ({@code position(..)} is level 1, a {@link Call} of position).
     */
    record OuterPosition(int levels) implements Term {
        @Override
        public Object eval(Answers answers, String self) {
            return (double) answers.position(levels);
        }

        @Override
        public void collectReferences(Set<String> out) {
        }
    }

    /** Unary minus. */
    record Negate(Term operand) implements Term {
        @Override
        public Object eval(Answers answers, String self) {
            return -Values.toNumber(operand.eval(answers, self));
        }

        @Override
        public void collectReferences(Set<String> out) {
            operand.collectReferences(out);
        }
    }

    /** A binary operator: {@code or and = != < <= > >= + - * div mod}. */
    record Binary(String operator, Term left, Term right) implements Term {
        @Override
        public Object eval(Answers answers, String self) {
            switch (operator) {
                case "or":
                    return Values.toBoolean(left.eval(answers, self)) || Values.toBoolean(right.eval(answers, self));
                case "and":
                    return Values.toBoolean(left.eval(answers, self)) && Values.toBoolean(right.eval(answers, self));
                default:
                    break;
            }
            Object a = left.eval(answers, self);
            Object b = right.eval(answers, self);
            return switch (operator) {
                case "=" -> equal(a, b);
                case "!=" -> !equal(a, b);
                case "<", "<=", ">", ">=" -> compare(a, b);
                case "+" -> Values.toNumber(a) + Values.toNumber(b);
                case "-" -> Values.toNumber(a) - Values.toNumber(b);
                case "*" -> Values.toNumber(a) * Values.toNumber(b);
                case "div" -> Values.toNumber(a) / Values.toNumber(b);
                case "mod" -> Values.toNumber(a) % Values.toNumber(b);
                default -> throw new IllegalStateException("unknown operator " + operator);
            };
        }

        private static boolean equal(Object a, Object b) {
            if (a instanceof Boolean || b instanceof Boolean) {
                return Values.toBoolean(a) == Values.toBoolean(b);
            }
            if (Values.isNumeric(a) && Values.isNumeric(b)) {
                return Values.toNumber(a) == Values.toNumber(b);
            }
            return Values.toText(a).equals(Values.toText(b));
        }

        private boolean compare(Object a, Object b) {
            int c;
            if (Values.isNumeric(a) && Values.isNumeric(b)) {
                c = Double.compare(Values.toNumber(a), Values.toNumber(b));
            } else {
                String x = Values.toText(a);
                String y = Values.toText(b);
                // A missing value is never smaller or larger than anything (as NaN in XPath).
                if (x.isEmpty() || y.isEmpty() || a instanceof Boolean || b instanceof Boolean) {
                    return false;
                }
                c = x.compareTo(y);
            }
            return switch (operator) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }

        @Override
        public void collectReferences(Set<String> out) {
            left.collectReferences(out);
            right.collectReferences(out);
        }
    }

    /**
     * A function call; {@code pattern} is the precompiled regex of {@code regex(x, 'literal')}, and
     * {@code choiceQuestion} the question named by {@code jr:choice-name(x, '${q}')}, else null.
     */
    record Call(Function function, List<Term> args, Pattern pattern, String choiceQuestion) implements Term {
        public Call {
            args = List.copyOf(args);
        }

        Call(Function function, List<Term> args, Pattern pattern) {
            this(function, args, pattern, null);
        }

        @Override
        public Object eval(Answers answers, String self) {
            return Calls.eval(this, answers, self);
        }

        @Override
        public void collectReferences(Set<String> out) {
            for (Term arg : args) {
                arg.collectReferences(out);
            }
            if (choiceQuestion != null) {
                out.add(choiceQuestion);
            }
        }

        @Override
        public boolean equals(Object o) {
            // Pattern has identity equality; compare the regex text instead.
            return o instanceof Call c && c.function == function && c.args.equals(args)
                    && java.util.Objects.equals(choiceQuestion, c.choiceQuestion)
                    && (pattern == null ? c.pattern == null
                    : c.pattern != null && pattern.pattern().equals(c.pattern.pattern()));
        }

        @Override
        public int hashCode() {
            return function.hashCode() * 31 + args.hashCode();
        }
    }
}
