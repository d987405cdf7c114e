# Reference values for AgreementIndicesTest and IccTest.
# Run from this directory:  Rscript agreement-reference.R   (R 4, multilevel 2.7)
# Writes agreement-expected.csv and icc-expected.csv with 17 significant digits.
# Items q3 and q5 are reverse-keyed on a 5-point scale: rescored as 6 - x before any index.
suppressMessages(library(multilevel))
d <- read.csv("agreement-responses.csv", na.strings = "", stringsAsFactors = FALSE)
items <- paste0("q", 1:6)
A <- 5
for (q in c("q3", "q5")) d[[q]] <- (A + 1) - d[[q]]
ranvar <- (A^2 - 1) / 12
undef <- function(v) if (length(v) == 0 || !is.finite(v)) NA else v
mean0 <- function(v) if (length(v) == 0) NA else mean(v)

one_la <- function(g) {
  L <- as.matrix(g[g$role == "leader", items, drop = FALSE])
  W <- as.matrix(g[g$role == "worker", items, drop = FALSE])
  Lbar <- if (nrow(L) > 0) colMeans(L, na.rm = TRUE) else rep(NaN, length(items))
  Wbar <- if (nrow(W) > 0) colMeans(W, na.rm = TRUE) else rep(NaN, length(items))
  Lbar[is.nan(Lbar)] <- NA; Wbar[is.nan(Wbar)] <- NA
  # person indices: per worker, items the worker answered and where Lbar exists; workers with none are left out
  mads <- c(); d2s <- c()
  for (w in seq_len(nrow(W))) {
    ok <- !is.na(W[w, ]) & !is.na(Lbar)
    if (any(ok)) {
      dev <- W[w, ok] - Lbar[ok]
      mads <- c(mads, mean(abs(dev))); d2s <- c(d2s, sum(dev^2))
    }
  }
  both <- !is.na(Wbar) & !is.na(Lbar)
  gm <- if (any(both)) mean(abs(Wbar[both] - Lbar[both])) else NA
  gd <- if (any(both)) sqrt(sum((Wbar[both] - Lbar[both])^2)) else NA
  pr <- if (sum(both) >= 2 && sd(Wbar[both]) > 0 && sd(Lbar[both]) > 0) cor(Wbar[both], Lbar[both]) else NA
  c(person_mad = mean0(mads), person_d2 = mean0(d2s), group_mad = gm, group_d = gd, profile_r = pr)
}
las <- sort(unique(d$la))
res <- do.call(rbind, lapply(las, function(la) one_la(d[d$la == la, ])))
res <- data.frame(la = las, res)
# within-LA agreement over all respondents of both roles, as multilevel computes it
rj <- rwg.j(d[, items], d$la, ranvar = ranvar)
rl <- rwg.j.lindell(d[, items], d$la, ranvar = ranvar)
am <- ad.m(d[, items], d$la, type = "mean")
pick <- function(tab, col) sapply(las, function(la) { v <- tab[tab$grpid == la, col]; if (length(v) == 0) NA else v })
res$rwg_j <- pick(rj, "rwg.j")
res$rwg_j_lindell <- pick(rl, "rwg.lindell")
res$ad_mean <- pick(am, "AD.M")
write.csv(format(res, digits = 17), "agreement-expected.csv", row.names = FALSE, quote = FALSE, na = "")

# ICC(1), ICC(2) of respondents' mean values score (mean of the answered items; all missing -> NA, dropped by aov)
score <- rowMeans(d[, items], na.rm = TRUE)
score[is.nan(score)] <- NA
m <- aov(score ~ as.factor(d$la))
icc <- data.frame(icc1 = ICC1(m), icc2 = ICC2(m))
write.csv(format(icc, digits = 17), "icc-expected.csv", row.names = FALSE, quote = FALSE)
