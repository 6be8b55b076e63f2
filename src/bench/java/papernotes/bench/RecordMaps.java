package papernotes.bench;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Records as the plain maps and lists [papernotes.interchange.JsonOutput] writes: each component by its name, in
/// order; an empty `Optional` left out.
final class RecordMaps {

    private RecordMaps() {}

    static Object of(Object value) {
        if (value instanceof Record record) {
            var map = new LinkedHashMap<String, Object>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    var field = component.getAccessor().invoke(record);
                    if (!(field instanceof Optional<?> optional && optional.isEmpty())) {
                        map.put(component.getName(), of(field));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component.getName(), e);
                }
            }
            return map;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(RecordMaps::of).orElse(null);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RecordMaps::of).toList();
        }
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            map.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey((a, b) -> a.toString().compareTo(b.toString())))
                    .forEach(entry -> copy.put(entry.getKey().toString(), of(entry.getValue())));
            return copy;
        }
        return value;
    }
}
