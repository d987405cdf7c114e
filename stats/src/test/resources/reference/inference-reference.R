# Reference values for WelchTest, MannWhitneyTest, EffectSizesTest and PAdjustTest.
# Run from this directory:  Rscript inference-reference.R   (R 4, stats package only)
# Reads inference-data.csv; writes inference-expected-r.csv and padjust-expected.csv (17 significant digits).
d <- read.csv("inference-data.csv", stringsAsFactors = FALSE)
fmt <- function(v) if (is.null(v) || length(v) == 0 || is.na(v) || !is.finite(v)) "" else format(v, digits = 17)
rows <- lapply(unique(d$case), function(k) {
  x <- d$value[d$case == k & d$group == "x"]
  y <- d$value[d$case == k & d$group == "y"]
  # Welch: t.test(x, y) (var.equal = FALSE); R refuses fewer than 2 values or constant data -> blank
  w <- tryCatch(t.test(x, y), error = function(e) NULL)
  # Mann-Whitney: wilcox.test(x, y) with its defaults (exact = NULL, correct = TRUE)
  m <- suppressWarnings(wilcox.test(x, y))
  method <- if (grepl("exact", m$method)) "exact" else "normal"
  # Hedges' g: pooled SD with n - 1, J = 1 - 3 / (4 (nx + ny) - 9)
  nx <- length(x); ny <- length(y)
  ssx <- if (nx > 1) var(x) * (nx - 1) else 0
  ssy <- if (ny > 1) var(y) * (ny - 1) else 0
  sp <- sqrt((ssx + ssy) / (nx + ny - 2))
  g <- if (sp > 0) (1 - 3 / (4 * (nx + ny) - 9)) * (mean(x) - mean(y)) / sp else NA
  # Cliff's delta: P(x > y) - P(x < y) over all pairs
  cd <- mean(sign(outer(x, y, "-")))
  data.frame(case = k, welch_t = fmt(w$statistic), welch_df = fmt(w$parameter), welch_p = fmt(w$p.value),
             mw_u = fmt(m$statistic), mw_p = fmt(m$p.value), mw_method = method,
             hedges_g = fmt(g), cliffs_delta = fmt(cd))
})
write.csv(do.call(rbind, rows), "inference-expected-r.csv", row.names = FALSE, quote = FALSE)

# p.adjust with missing values (NA kept, n = number of non-NA) and tied p-values
p <- c(0.01, NA, 0.04, 0.03, 0.04, 0.5, 0.0001, NA, 0.2, 1, 0.012, 0.049)
out <- data.frame(p = sapply(p, fmt), holm = sapply(p.adjust(p, "holm"), fmt),
                  bh = sapply(p.adjust(p, "BH"), fmt))
write.csv(out, "padjust-expected.csv", row.names = FALSE, quote = FALSE)
