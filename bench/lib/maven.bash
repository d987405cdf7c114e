# Sourced by the bench/*.sh scripts: builds what a benchmark needs with Maven. Offline first (the usual case, everything
# already in ~/.m2), online when that fails (a fresh machine or a plugin not yet downloaded). Plugins are named by their
# full coordinates, so no script depends on Maven resolving a plugin prefix such as 'exec:' from the local repository;
# nothing is installed into ~/.m2.

# The version pinned in the parent pom's pluginManagement (keep the two equal).
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

# Maven's output goes to stderr, never to stdout: test_classpath's caller reads stdout as the classpath, and even a quiet
# online build prints colour resets there (ESC[0m), which made the first entry, the test classes, a path that does not
# exist ("Could not find or load main class" on a fresh machine, where the offline build lacks a plugin dependency).
mvn_build() { # Maven arguments...
  mvn -B -q -o "$@" >/dev/null 2>&1 && return
  echo "bench: the offline Maven build failed (something not yet in ~/.m2); building online" >&2
  mvn -B -q -ntp -Dstyle.color=never "$@" >&2
}

# The shaded jar, the launcher and its class-data-sharing archive (app/target/concord*); SKIP_BUILD=1 reuses them.
build_app() {
  if [[ "${SKIP_BUILD:-}" != 1 || ! -x app/target/concord ]]; then
    echo "bench: building app/target/concord.jar and the launcher app/target/concord" >&2
    mvn_build -DskipTests package
  fi
}

# Prints the test classpath of MODULE (its tests and classes, the reactor modules' classes, the dependencies) after
# compiling MODULE and the modules it needs.
test_classpath() { # MODULE
  local module=$1
  mvn_build -pl "$module" -am -DskipTests test-compile "$DEPENDENCY_PLUGIN:build-classpath" \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
  printf '%s:%s:%s\n' "$PWD/$module/target/test-classes" "$PWD/$module/target/classes" \
    "$(cat "$module/target/bench.classpath")"
}

# The load average now (1, 5 and 15 minutes) and the number of cores, for the line printed with each figure.
load_average() {
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
}
