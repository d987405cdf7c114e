# Reference values of Concord's models (design, "Models"), computed with R: psych::alpha, stats::factanal (ML,
# varimax), lme4::lmer (REML) with lmerTest (Satterthwaite), anova() of ML refits, and glm(binomial).
# Run here: Rscript models-reference.R   (writes the *-data.csv datasets and the *-expected.csv values beside this
# script; the datasets are generated with fixed seeds so that rerunning gives the same files).
suppressPackageStartupMessages({library(psych); library(lme4); library(lmerTest)})
options(digits = 17)
out <- function(df, file) write.csv(df, file, row.names = FALSE, na = "NA")
fmt <- function(x) if (is.null(x) || length(x) == 0) NA else x
likert <- function(z, a = 5) pmin(pmax(round(3 + z), 1), a)

# ---------------------------------------------------------------- scales
set.seed(11)
n <- 150
f <- rnorm(n)
clean <- data.frame(sapply(1:5, function(j) likert(0.9 * f + rnorm(n, sd = 0.8 + 0.1 * j))))
names(clean) <- paste0("i", 1:5)
clean$i2[c(3, 17)] <- NA   # two incomplete respondents: the scale is listwise
clean$i5[40] <- NA
out(clean, "scales-clean-data.csv")
two <- clean[, c("i1", "i3")]
out(two, "scales-two-data.csv")
novar <- clean[, c("i1", "i2", "i3")]
novar$i3 <- 3             # an item without variance
out(novar, "scales-novar-data.csv")

scale_rows <- function(name, x) {
  x <- na.omit(x)
  a <- suppressWarnings(psych::alpha(x, check.keys = FALSE))
  t <- a$total
  k <- ncol(x)
  rows <- data.frame(case = name, key = c("n", "alpha", "alpha_std", "average_r", "ci_low", "ci_high"),
                     value = c(nrow(x), t$raw_alpha, t$std.alpha, t$average_r,
                               a$feldt$lower.ci$raw_alpha, a$feldt$upper.ci$raw_alpha))
  drop <- if (k > 2) a$alpha.drop$raw_alpha else rep(NA, k)
  items <- data.frame(case = name, key = c(paste0("r_drop.", names(x)), paste0("alpha_if_dropped.", names(x))),
                      value = c(a$item.stats$r.drop, drop))
  rbind(rows, items)
}
out(rbind(scale_rows("clean", clean), scale_rows("two", two)), "scales-expected.csv")
# The item without variance: psych::alpha warns and gives NA/NaN correlations; Concord reports null.
print(suppressWarnings(psych::alpha(na.omit(novar), check.keys = FALSE))$total)

# ---------------------------------------------------------------- factor structure
# Clean structure: 12 items, 3 factors, 4 items each with loadings 0.7-0.8 (continuous answers).
set.seed(12)
n <- 500
lam <- matrix(0, 12, 3)
for (f in 1:3) lam[(4 * f - 3):(4 * f), f] <- c(0.8, 0.75, 0.7, 0.8)
z <- matrix(rnorm(n * 3), n, 3)
e <- matrix(rnorm(n * 12), n, 12) %*% diag(sqrt(1 - rowSums(lam^2)))
xclean <- z %*% t(lam) + e
colnames(xclean) <- paste0("c", 1:12)
out(data.frame(round(xclean, 6)), "factors-clean-data.csv")
xclean <- as.matrix(read.csv("factors-clean-data.csv"))   # fit exactly the digits written

# Known structure on a 1..5 scale: 18 items, 3 factors, loadings 0.5-0.8 with small cross-loadings.
set.seed(13)
n <- 1200
known <- matrix(0, 18, 3)
for (f in 1:3) known[(6 * f - 5):(6 * f), f] <- c(0.8, 0.7, 0.6, 0.75, 0.65, 0.5)
known[2, 2] <- 0.15; known[9, 3] <- 0.1; known[16, 1] <- 0.12
z <- matrix(rnorm(n * 3), n, 3)
e <- matrix(rnorm(n * 18), n, 18) %*% diag(sqrt(1 - rowSums(known^2)))
xknown <- likert(1.2 * (z %*% t(known) + e))
colnames(xknown) <- paste0("k", 1:18)
out(data.frame(xknown), "factors-known-data.csv")
out(data.frame(item = colnames(xknown), F1 = known[, 1], F2 = known[, 2], F3 = known[, 3]),
    "factors-known-true-loadings.csv")

fa_rows <- function(name, x, q) {
  fa <- factanal(x, factors = q, rotation = "varimax")
  l <- unclass(fa$loadings)
  loads <- data.frame(case = name, item = rownames(l), uniqueness = fa$uniquenesses, l, row.names = NULL)
  names(loads) <- c("case", "item", "uniqueness", paste0("F", 1:q))
  out(loads, paste0("factors-", name, "-expected-loadings.csv"))
  data.frame(case = name, key = c("n", "chisq", "dof", "p", "converged"),
             value = c(nrow(x), fmt(fa$STATISTIC), fa$dof, fmt(fa$PVAL), as.numeric(fa$converged)))
}
out(rbind(fa_rows("clean", xclean, 3), fa_rows("known", xknown, 3)), "factors-expected.csv")
# Not identifiable: 3 factors from 5 items (dof = -2); factanal refuses with this error, Concord gives null + a note.
print(tryCatch(factanal(xclean[, 1:5], factors = 3), error = function(e) conditionMessage(e)))

# ---------------------------------------------------------------- multilevel model
mlm_rows <- function(name, d) {
  m1 <- lmerTest::lmer(y ~ rising + (1 | la), data = d, REML = TRUE)
  s <- summary(m1)$coefficients
  vc <- as.data.frame(VarCorr(m1))
  tau2 <- vc$vcov[vc$grp == "la"]
  sigma2 <- vc$vcov[vc$grp == "Residual"]
  m0 <- lme4::lmer(y ~ 1 + (1 | la), data = d, REML = FALSE)
  m1ml <- lme4::lmer(y ~ rising + (1 | la), data = d, REML = FALSE)
  a <- anova(m0, m1ml)
  data.frame(case = name,
             key = c("intercept.estimate", "intercept.se", "intercept.df", "intercept.t", "intercept.p",
                     "rising.estimate", "rising.se", "rising.df", "rising.t", "rising.p",
                     "tau2", "sigma2", "icc", "singular", "reml", "lrt.chisq", "lrt.df", "lrt.p"),
             value = c(s[1, "Estimate"], s[1, "Std. Error"], s[1, "df"], s[1, "t value"], s[1, "Pr(>|t|)"],
                       s[2, "Estimate"], s[2, "Std. Error"], s[2, "df"], s[2, "t value"], s[2, "Pr(>|t|)"],
                       tau2, sigma2, tau2 / (tau2 + sigma2), as.numeric(isSingular(m1)), REMLcrit(m1),
                       a$Chisq[2], a$Df[2], a[["Pr(>Chisq)"]][2]))
}
set.seed(14)
las <- 24
size <- sample(4:15, las, replace = TRUE)
la <- rep(sprintf("L%02d", 1:las), size)
rising <- rep(rep(0:1, length.out = las), size)
u <- rep(rnorm(las, sd = 0.12), size)
mlm <- data.frame(la = la, rising = rising, y = round(0.8 + 0.1 * rising + u + rnorm(length(la), sd = 0.25), 6))
out(mlm, "multilevel-data.csv")
set.seed(15)
size <- sample(3:8, 10, replace = TRUE)
la <- rep(sprintf("S%02d", 1:10), size)
rising <- rep(rep(0:1, length.out = 10), size)
sing <- data.frame(la = la, rising = rising, y = round(0.9 + rnorm(length(la), sd = 0.3), 6))
out(sing, "multilevel-singular-data.csv")
mlm <- read.csv("multilevel-data.csv")
sing <- read.csv("multilevel-singular-data.csv")
out(rbind(mlm_rows("clustered", mlm), mlm_rows("singular", sing)), "multilevel-expected.csv")

# ---------------------------------------------------------------- logistic model
glm_rows <- function(name, d) {
  m <- suppressWarnings(glm(falling ~ index, family = binomial, data = d))
  s <- summary(m)$coefficients
  b <- coef(m)[2]; se <- s[2, 2]
  data.frame(case = name,
             key = c("intercept.estimate", "intercept.se", "intercept.z", "intercept.p",
                     "index.estimate", "index.se", "index.z", "index.p",
                     "odds_ratio", "or_low", "or_high", "deviance", "null_deviance", "aic", "iterations",
                     "separation"),
             value = c(s[1, 1], s[1, 2], s[1, 3], s[1, 4], s[2, 1], s[2, 2], s[2, 3], s[2, 4],
                       exp(b), exp(b - qnorm(0.975) * se), exp(b + qnorm(0.975) * se),
                       deviance(m), m$null.deviance, AIC(m), m$iter,
                       as.numeric(any(fitted(m) < 1e-8 | fitted(m) > 1 - 1e-8))))
}
set.seed(16)
n <- 40
falling <- rep(0:1, each = n / 2)
lg <- data.frame(falling = falling, index = round(0.9 - 0.08 * falling + rnorm(n, sd = 0.1), 6))
out(lg, "logistic-data.csv")
sep <- data.frame(falling = rep(0:1, each = 6), index = c(0.95, 1.02, 0.99, 1.10, 0.97, 1.05,
                                                         0.80, 0.85, 0.78, 0.90, 0.83, 0.88))
out(sep, "logistic-separation-data.csv")
lg <- read.csv("logistic-data.csv")
out(rbind(glm_rows("overlap", lg), glm_rows("separation", sep)), "logistic-expected.csv")
