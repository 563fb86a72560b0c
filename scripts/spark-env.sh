# Shared by the scripts: the JVM flags Spark's own launcher (org.apache.spark.launcher.Main)
# adds on Java 17. Without them Kryo fails and Spark's memory accounting is silently wrong.
SPARK_JVM_FLAGS=(
  -XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true
  -Dio.netty.allocator.type=pooled -Dio.netty.handler.ssl.defaultEndpointVerificationAlgorithm=NONE
  --enable-native-access=ALL-UNNAMED -Dderby.connection.requireAuthentication=false
)
# The host name resolves oddly on these machines; Spark must bind to loopback.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
export SPARK_SCALA_VERSION=2.13

HINDSIGHT_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HINDSIGHT_JAR="$HINDSIGHT_HOME/target/hindsight-0.1.0.jar"
HINDSIGHT_LIB="$HINDSIGHT_HOME/target/lib"

# Builds target/hindsight-<v>.jar (shaded, Spark provided) and target/lib (Spark's jars)
# when either is missing or older than the sources.
hindsight_build_if_stale() {
  local stale=0
  if [ ! -f "$HINDSIGHT_JAR" ] || [ ! -d "$HINDSIGHT_LIB" ]; then
    stale=1
  elif [ -n "$(find "$HINDSIGHT_HOME/src/main" "$HINDSIGHT_HOME/pom.xml" -newer "$HINDSIGHT_JAR" -print -quit)" ]; then
    stale=1
  fi
  if [ "$stale" = 1 ]; then
    echo "hindsight: building the jar (mvn package, first time ~1 min)..." >&2
    (cd "$HINDSIGHT_HOME" && mvn -q -B -DskipTests package) >&2
  fi
}
