# The analysis an analyst would write in R for Concord's question, as bench/compare-r.sh times it against
# `concord analyse`: from the long responses CSV, a tidy rates file and the form's survey and choices sheets, the LA
# trends, the per-LA agreement indices (multilevel's rwg.j, rwg.j.lindell, ad.m, ICC1, ICC2), the comparison of
# falling and rising LAs (t.test, wilcox.test, a permutation test of 99,999 resamples, a stratified bootstrap of 9,999
# with percentile and BCa intervals, Hedges' g, Cliff's delta), the item table (Welch per item, Holm and BH), and a
# workbook (openxlsx; no charts) and a JSON result (jsonlite). Definitions as in the design document.
#
# Usage: Rscript bench/national.R RESPONSES.csv RATES.csv FORM_FOLDER OUT.xlsx OUT.json
suppressPackageStartupMessages({
  library(multilevel)
  library(openxlsx)
  library(jsonlite)
})
args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 5)
set.seed(1)
band <- 2; min_leaders <- 2; min_workers <- 3; n_perm <- 99999; n_boot <- 9999

# The form: values items (a domain), reverse-keyed ones, the scale length A, the leader roles.
survey <- read.csv(file.path(args[3], "survey.csv"), colClasses = "character", fileEncoding = "UTF-8-BOM")
choices <- read.csv(file.path(args[3], "choices.csv"), colClasses = "character", fileEncoding = "UTF-8-BOM")
items <- survey[survey$domain != "", ]
item_list <- sub("^select_one ", "", items$type)
A <- sum(choices$list_name == item_list[1])
leader_roles <- choices$name[choices$list_name == "role" & choices$role_group == "leader"]
J <- nrow(items)

# Responses, long to wide: one row per participant, one column per values item, reverse-keyed items rescored.
responses <- read.csv(args[1], colClasses = "character", fileEncoding = "UTF-8-BOM")
role <- responses[responses$item == "role", c("participant_id", "la_code", "value")]
pids <- role$participant_id
leader <- role$value %in% leader_roles
la <- role$la_code
vals <- responses[responses$item %in% items$name & responses$value != "", ]
x <- as.numeric(vals$value)
rev <- items$reverse[match(vals$item, items$name)] == "yes"
x[rev] <- A + 1 - x[rev]
m <- matrix(NA_real_, nrow = length(pids), ncol = J, dimnames = list(NULL, items$name))
m[cbind(match(vals$participant_id, pids), match(vals$item, items$name))] <- x

# Trends over the last 5 years of the rates file: OLS slope, per cent of the mean rate a year.
rates <- read.csv(args[2])
years <- (max(rates$year) - 4):max(rates$year)
window <- rates[rates$year %in% years & !is.na(rates$rate), ]
trend <- do.call(rbind, lapply(split(window, window$la_code), function(r) {
  slope <- if (nrow(r) >= 3) unname(coef(lm(rate ~ year, data = r))[2]) else NA
  pct <- 100 * slope / mean(r$rate)
  data.frame(la_code = r$la_code[1], slope = slope, pct_per_year = pct,
             trend = ifelse(is.na(pct), "unknown", ifelse(pct >= band, "rising", ifelse(pct <= -band, "falling", "stable"))))
}))

# Per-LA indices.
codes <- sort(unique(la))
index <- do.call(rbind, lapply(codes, function(code) {
  L <- m[la == code & leader, , drop = FALSE]
  W <- m[la == code & !leader, , drop = FALSE]
  lbar <- colMeans(L, na.rm = TRUE); lbar[is.nan(lbar)] <- NA
  wbar <- colMeans(W, na.rm = TRUE); wbar[is.nan(wbar)] <- NA
  d <- sweep(W, 2, lbar)
  data.frame(la_code = code, n_leaders = nrow(L), n_workers = nrow(W),
             person_mad = mean(rowMeans(abs(d), na.rm = TRUE), na.rm = TRUE),
             person_d2 = mean(rowSums(d^2, na.rm = TRUE)),
             group_mad = mean(abs(wbar - lbar), na.rm = TRUE),
             group_d = sqrt(sum((wbar - lbar)^2, na.rm = TRUE)),
             profile_r = suppressWarnings(cor(wbar, lbar, use = "complete.obs")))
}))
complete <- complete.cases(m)
rwg <- rwg.j(m[complete, ], grpid = la[complete], ranvar = (A^2 - 1) / 12)
lindell <- rwg.j.lindell(m[complete, ], grpid = la[complete], ranvar = (A^2 - 1) / 12)
ad <- ad.m(m[complete, ], grpid = la[complete], type = "mean")
index$rwg_j <- rwg$rwg.j[match(index$la_code, rwg$grpid)]
index$rwg_j_lindell <- lindell$rwg.lindell[match(index$la_code, lindell$grpid)]
index$ad_mean <- ad$AD.M[match(index$la_code, ad$grpid)]
score <- rowMeans(m, na.rm = TRUE)
anova <- aov(score ~ as.factor(la))
icc <- list(icc1 = ICC1(anova), icc2 = ICC2(anova))

las <- merge(index, trend, by = "la_code", all.x = TRUE)
las$trend[is.na(las$trend)] <- "unknown"
las$included <- las$n_leaders >= min_leaders & las$n_workers >= min_workers &
  las$trend %in% c("falling", "rising") & !is.na(las$person_mad)

# The comparison of person_mad, falling (x) against rising (y).
fx <- las$person_mad[las$included & las$trend == "falling"]
fy <- las$person_mad[las$included & las$trend == "rising"]
nx <- length(fx); ny <- length(fy)
diff <- mean(fx) - mean(fy)
welch <- t.test(fx, fy)
mw <- suppressWarnings(wilcox.test(fx, fy))
pooled <- c(fx, fy)
perm <- replicate(n_perm, {
  i <- sample.int(nx + ny, nx)
  mean(pooled[i]) - mean(pooled[-i])
})
p_perm <- (sum(abs(perm) >= abs(diff)) + 1) / (n_perm + 1)
boot <- replicate(n_boot, mean(sample(fx, replace = TRUE)) - mean(sample(fy, replace = TRUE)))
percentile <- unname(quantile(boot, c(0.025, 0.975)))
z0 <- qnorm(mean(boot < diff))
jack <- c(sapply(seq_len(nx), function(i) mean(fx[-i]) - mean(fy)),
          sapply(seq_len(ny), function(i) mean(fx) - mean(fy[-i])))
jd <- mean(jack) - jack
acc <- sum(jd^3) / (6 * sum(jd^2)^1.5)
alpha <- pnorm(z0 + (z0 + qnorm(c(0.025, 0.975))) / (1 - acc * (z0 + qnorm(c(0.025, 0.975)))))
bca <- unname(quantile(boot, alpha))
sp <- sqrt(((nx - 1) * var(fx) + (ny - 1) * var(fy)) / (nx + ny - 2))
hedges <- diff / sp * (1 - 3 / (4 * (nx + ny) - 9))
cliff <- mean(sign(outer(fx, fy, "-")))
comparison <- list(index = "person_mad", n_falling = nx, n_rising = ny, mean_falling = mean(fx),
                   mean_rising = mean(fy), difference = diff,
                   welch = list(t = unname(welch$statistic), df = unname(welch$parameter), p = welch$p.value),
                   mann_whitney = list(u = unname(mw$statistic), p = mw$p.value, method = mw$method),
                   permutation = list(p = p_perm, method = "monte_carlo", resamples = n_perm),
                   hedges_g = hedges, cliffs_delta = cliff,
                   bootstrap = list(resamples = n_boot, percentile = percentile, bca = bca))

# The item table: per item, means of LA leader and worker means and their gap by group; Welch on per-LA gaps.
inc <- las$la_code[las$included]
group_of <- las$trend[match(inc, las$la_code)]
lmeans <- t(sapply(inc, function(code) colMeans(m[la == code & leader, , drop = FALSE], na.rm = TRUE)))
wmeans <- t(sapply(inc, function(code) colMeans(m[la == code & !leader, , drop = FALSE], na.rm = TRUE)))
gaps <- wmeans - lmeans
item_table <- do.call(rbind, lapply(seq_len(J), function(j) {
  f <- group_of == "falling"; r <- group_of == "rising"
  w <- t.test(gaps[f, j], gaps[r, j])
  data.frame(item = items$name[j], domain = items$domain[j],
             leaders_falling = mean(lmeans[f, j]), workers_falling = mean(wmeans[f, j]), gap_falling = mean(gaps[f, j]),
             leaders_rising = mean(lmeans[r, j]), workers_rising = mean(wmeans[r, j]), gap_rising = mean(gaps[r, j]),
             t = unname(w$statistic), df = unname(w$parameter), p = w$p.value)
}))
item_table$p_holm <- p.adjust(item_table$p, "holm")
item_table$p_bh <- p.adjust(item_table$p, "BH")

# Outputs: the workbook and the JSON.
answer <- sprintf(paste("Agreement was %s in the %d LAs with falling rates (mean person_mad %.3f) than in the %d LAs",
                        "with rising rates (%.3f); difference %.3f, Welch p = %.4f, permutation p = %.4f."),
                  if (diff < 0) "greater" else "smaller", nx, mean(fx), ny, mean(fy), diff, welch$p.value, p_perm)
wb <- createWorkbook()
addWorksheet(wb, "Summary"); writeData(wb, "Summary", data.frame(answer = answer))
addWorksheet(wb, "LAs"); writeData(wb, "LAs", las)
addWorksheet(wb, "Comparison"); writeData(wb, "Comparison", as.data.frame(unlist(comparison)), rowNames = TRUE)
addWorksheet(wb, "Items"); writeData(wb, "Items", item_table)
addWorksheet(wb, "Trends"); writeData(wb, "Trends", reshape(window[, c("la_code", "year", "rate")],
                                                         idvar = "la_code", timevar = "year", direction = "wide"))
addWorksheet(wb, "Method")
writeData(wb, "Method", data.frame(parameter = c("years", "stable_band", "index", "permutations", "bootstrap", "seed"),
                                   value = c(paste(range(years), collapse = "-"), band, "person_mad", n_perm, n_boot, 1)))
saveWorkbook(wb, args[4], overwrite = TRUE)
write_json(list(las = las, icc = icc, comparison = comparison, items = item_table), args[5],
           auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE)
cat(answer, "\n")
