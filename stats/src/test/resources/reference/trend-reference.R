# Reference values for TrendFitterTest.
# Run from this directory:  Rscript trend-reference.R   (R 4)
# For each LA and window: OLS slope of rate on year (lm) over the years in the window with a rate,
# B3/B4 sit exactly on the band (pct = +/-2): rising/falling since the rule is >= band / <= -band.
# pct_per_year = 100 * slope / mean(rate); fewer than 3 years or mean 0 -> unknown; band as given.
fmt <- function(v) if (is.na(v)) "" else format(v, digits = 17)
d <- read.csv("trend-rates.csv", na.strings = "")
cases <- data.frame(
  la   = c("R1", "F1", "S1", "U1", "U1", "Z1", "B1", "B2", "B1", "N1", "N1", "R1", "B3", "B4"),
  from = c(2015, 2015, 2015, 2015, 2016, 2016, 2016, 2016, 2016, 2010, 2016, 2017, 2016, 2016),
  to   = c(2020, 2020, 2020, 2020, 2020, 2019, 2018, 2018, 2018, 2030, 2018, 2018, 2018, 2018),
  band = c(2,    2,    2,    2,    2,    2,    2,    2,    1.5,  2,    0.5,  2,    2,    2))
out <- do.call(rbind, lapply(seq_len(nrow(cases)), function(k) {
  c0 <- cases[k, ]
  s <- d[d$la == c0$la & d$year >= c0$from & d$year <= c0$to & !is.na(d$rate), ]
  n <- nrow(s)
  slope <- NA; pct <- NA; trend <- "unknown"
  if (n >= 3) {
    slope <- unname(coef(lm(rate ~ year, data = s))[2])
    if (mean(s$rate) != 0) {
      pct <- 100 * slope / mean(s$rate)
      trend <- if (pct >= c0$band) "rising" else if (pct <= -c0$band) "falling" else "stable"
    }
  }
  data.frame(la = c0$la, from = c0$from, to = c0$to, band = c0$band, years = n,
             slope = fmt(slope), pct_per_year = fmt(pct), trend = trend)
}))
write.csv(out, "trend-expected.csv", row.names = FALSE, quote = FALSE, na = "")
