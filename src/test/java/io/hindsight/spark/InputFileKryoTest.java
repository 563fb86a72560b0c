package io.hindsight.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag$;

/**
 * The read stage's files are data, serialized with whatever {@code spark.serializer} the cluster
 * sets. Kryo is a common choice in spark-defaults.conf, and it cannot build Java records: this
 * pins that an {@link InputFile} survives it.
 */
class InputFileKryoTest {
    @Test
    void survivesSparksKryoSerializer() {
        SerializerInstance kryo = new KryoSerializer(new SparkConf()).newInstance();
        InputFile file = new InputFile("team-a/2026-07-01-db.md", "hdfs://nn:8020/postmortems/team-a/2026-07-01-db.md", 4242);
        ByteBuffer bytes = kryo.serialize(file, ClassTag$.MODULE$.apply(InputFile.class));
        InputFile back = kryo.deserialize(bytes, ClassTag$.MODULE$.apply(InputFile.class));
        assertThat(back).isEqualTo(file);
        assertThat(back.relativePath()).isEqualTo("team-a/2026-07-01-db.md");
        assertThat(back.length()).isEqualTo(4242);
    }
}
