#!/usr/bin/env bash
# Runs the national-simulation example (spark/src/test/java/org/minzheng/spark/example/NationalSimulation.java)
# in Spark local mode on every core: spark/national-simulation.sh [households] [output folder] [plain-loop households]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -pl spark -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
# Spark's own --add-opens list for Java 17 (org.apache.spark.launcher.JavaModuleOptions), as surefire uses it.
FLAGS=$(sed -n '/<spark.test.jvm.options>/,/<\/spark.test.jvm.options>/p' spark/pom.xml | sed -e 's/<[^>]*>//g' | tr '\n' ' ')
exec java -Xmx8g $FLAGS -cp "spark/target/test-classes:spark/target/classes:$(cat spark/target/test-classpath.txt)" \
  org.minzheng.spark.example.NationalSimulation "$@"
