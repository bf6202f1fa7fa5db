package org.paperkg.graph;

import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.dboe.base.file.BinaryDataFileWriteBuffered;
import org.apache.jena.dboe.trans.data.TransBinaryDataFile;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spares TDB2's node file one {@code fstat} system call per small write.
 *
 * <p>Jena 5.6.0 writes each new RDF term to the node file in several small pieces (Thrift's compact protocol), and
 * its write buffer ({@link BinaryDataFileWriteBuffered#write}) asks the file underneath for its length on every
 * piece, which {@link java.io.RandomAccessFile#length()} answers with a system call. Ingesting 5,000 abstracts made
 * about a million of them, a third of the store writer's time on a virtual machine where system calls are dear.
 * This class puts a {@link LengthCaching} wrapper between the buffer and the file: it remembers the length until the
 * file is written, truncated, opened or closed, so the buffer's own appends (which never reach the file) cost
 * nothing. The file's contents, the transactions and what is on disk are those of TDB2 unchanged.
 *
 * <p>The buffer keeps the file in a private field, so the wrapper goes in by reflection. If a later Jena lays its
 * objects out differently, {@link #install} changes nothing and says so in the log: the store works as before,
 * only slower.
 */
final class NodeFileLengthCache {
    private static final Logger LOG = LoggerFactory.getLogger(NodeFileLengthCache.class);

    private NodeFileLengthCache() {
    }

    /**
     * Wraps the file under the write buffer of each node table of a TDB2 dataset; returns how many it wrapped (0
     * when the dataset is not TDB2 on disk or Jena's layout is not the one this class knows).
     */
    static int install(DatasetGraph dsg) {
        try {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            if (tdb == null || tdb.getLocation().isMem()) {
                return 0;
            }
            Map<BinaryDataFile, Boolean> seen = new IdentityHashMap<>();
            int wrapped = 0;
            for (NodeTable table : new NodeTable[] {
                    tdb.getTripleTable().getNodeTupleTable().getNodeTable(),
                    tdb.getQuadTable().getNodeTupleTable().getNodeTable() }) {
                if (table.baseNodeTable() instanceof NodeTableTRDF trdf
                        && seen.put(trdf.getData(), Boolean.TRUE) == null && wrap(trdf.getData())) {
                    wrapped++;
                }
            }
            return wrapped;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("node file length cache not installed: {}", e.toString());
            return 0;
        }
    }

    private static boolean wrap(BinaryDataFile data) throws ReflectiveOperationException {
        if (!(data instanceof TransBinaryDataFile)) {
            return false;
        }
        Object buffered = field(TransBinaryDataFile.class, "binFile").get(data);
        if (!(buffered instanceof BinaryDataFileWriteBuffered)) {
            return false;
        }
        Field fileField = field(BinaryDataFileWriteBuffered.class, "other");
        Object file = fileField.get(buffered);
        if (file instanceof LengthCaching || !(file instanceof BinaryDataFile raw)) {
            return false;
        }
        fileField.set(buffered, new LengthCaching(raw));
        return true;
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /**
     * A binary data file that answers {@link #length()} from memory until something changes the file. Callers
     * hold the write buffer's lock, as every call to this file goes through the buffer.
     */
    static final class LengthCaching implements BinaryDataFile {
        private static final long UNKNOWN = -1;
        private final BinaryDataFile file;
        private volatile long length = UNKNOWN;

        LengthCaching(BinaryDataFile file) {
            this.file = file;
        }

        @Override
        public long length() {
            if (length == UNKNOWN) {
                length = file.length();
            }
            return length;
        }

        @Override
        public long write(byte[] buf, int off, int len) {
            length = UNKNOWN;
            return file.write(buf, off, len);
        }

        @Override
        public void truncate(long newLength) {
            length = UNKNOWN;
            file.truncate(newLength);
        }

        @Override
        public void open() {
            length = UNKNOWN;
            file.open();
        }

        @Override
        public void close() {
            length = UNKNOWN;
            file.close();
        }

        @Override
        public boolean isOpen() {
            return file.isOpen();
        }

        @Override
        public int read(long posn, byte[] b, int start, int count) {
            return file.read(posn, b, start, count);
        }

        @Override
        public void sync() {
            file.sync();
        }
    }
}
