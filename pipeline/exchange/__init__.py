"""Exchange formats: records in and out of the formats other systems speak (edXML, QCVN 102:2016)."""
