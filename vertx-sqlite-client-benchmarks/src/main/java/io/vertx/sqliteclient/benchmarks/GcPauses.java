package io.vertx.sqliteclient.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The longest stop-the-world GC pause since the last {@link #reset}, so a workload's event-loop lag can be told
 * apart from the collector's pauses (which stop the event loop like any other thread).
 */
final class GcPauses {

  private static final AtomicLong LONGEST_MILLIS = new AtomicLong();

  static {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter && !gc.getName().contains("Concurrent")) {
        ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            LONGEST_MILLIS.accumulateAndGet(info.getGcInfo().getDuration(), Math::max);
          }
        }, null, null);
      }
    }
  }

  private GcPauses() {
  }

  static void reset() {
    LONGEST_MILLIS.set(0);
  }

  static long longestMillis() {
    return LONGEST_MILLIS.get();
  }
}
