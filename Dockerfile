# Build stage: Maven on a JDK 17 image produces target/faqbot.jar with every dependency inside.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
COPY faq-data ./faq-data
RUN mvn -B -q package -DskipTests

# Run stage: a JRE only, as a non-root user.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app faqbot \
    && mkdir -p /app/data && chown faqbot /app/data
WORKDIR /app
COPY --from=build /src/target/faqbot.jar /app/faqbot.jar
# A class-data-sharing archive written by this image's own JVM (an archive only fits the JVM that
# wrote it) from one training answer; the java launcher picks the option up from JDK_JAVA_OPTIONS, so
# serve, chat and the health check all start faster while the ENTRYPOINT stays plain `java -jar`.
# The heap bound keeps the process small: the whole corpus with its vectors and the encoder lives in
# about 115 MB of heap (the model itself runs in ONNX Runtime's native memory); unbounded, G1 grows the heap
# with the garbage of building the index and the process to 0.8 - 1.1 GB. With 180 MB of heap serve peaks at
# about 375 MB while it builds the index and settles at about 330 - 350 MB (with 200 MB: 395 MB).
# A reload of FAQBOT_KB builds the new index beside the old one: with the whole corpus that does not fit,
# and the old index keeps answering (the log says so).
# TrimNativeHeapInterval gives the C library's free memory back every 5 s (what the compilers and the
# model's loading freed, 10 - 25 MB). Override JDK_JAVA_OPTIONS to change them.
RUN java -XX:ArchiveClassesAtExit=/app/faqbot.jsa -jar /app/faqbot.jar ask --today=2021-06-01 \
        "Ik heb mijn productcode op 1 december 2020 ingewisseld, tot wanneer kan ik hem gebruiken?" > /dev/null
USER faqbot
# The encoder's tokenizer (DJL) unpacks its native library into a cache folder on first use; the user's home
# (/app) is not writable, /tmp is.
ENV FAQBOT_DATA_DIR=/app/data \
    FAQBOT_HTTP_PORT=8080 \
    DJL_CACHE_DIR=/tmp/djl \
    JDK_JAVA_OPTIONS="-XX:SharedArchiveFile=/app/faqbot.jsa -Xmx180m -XX:TrimNativeHeapInterval=5000"
VOLUME /app/data
# The HTTP API (/api/ask, /healthz, /metrics) and, with TELEGRAM_WEBHOOK_URL, the Telegram webhook.
EXPOSE 8080
# The JRE image has no curl: `faqbot health` asks /healthz on FAQBOT_HTTP_PORT and exits 0 (ready) or 1.
# The start period covers building the index; the quick compiler and a small heap keep each check light.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["java","-XX:TieredStopAtLevel=1","-Xmx64m","-jar","/app/faqbot.jar","health"]
ENTRYPOINT ["java","-jar","/app/faqbot.jar"]
CMD ["serve"]
