package io.wxkit.core.xml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.io.IOException;

/** Writes every {@code String} value as CDATA, as WeChat's XML APIs do for text fields. */
final class CdataStrings extends StdSerializer<String> {
    private static final long serialVersionUID = 1L;

    CdataStrings() {
        super(String.class);
    }

    static SimpleModule module() {
        return new SimpleModule("wxkit-cdata-strings").addSerializer(String.class, new CdataStrings());
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (gen instanceof ToXmlGenerator xml && !value.contains("]]>")) { // otherwise plain escaped text
            xml.setNextIsCData(true);
        }
        gen.writeString(value);
    }
}
