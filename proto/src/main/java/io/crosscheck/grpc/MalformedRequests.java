package io.crosscheck.grpc;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import com.google.protobuf.UnknownFieldSet;
import io.grpc.ForwardingServerCallListener;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.StatusRuntimeException;

import java.io.InputStream;
import java.util.UUID;

/**
 * Request bytes that are no valid protobuf message answer INVALID_ARGUMENT with what did not parse, not INTERNAL.
 *
 * <p>grpc-java's protobuf marshaller throws INTERNAL ("Invalid protobuf byte sequence") from {@code parse}, and the
 * Vert.x transport Quarkus serves gRPC with turns any exception there into INTERNAL before an interceptor could
 * see it. So a service's definition gets a marshaller that never throws: on a parse failure it returns the request
 * type's default instance marked (an unknown field holding a per-process secret and the parser's message), and a
 * listener in front of the service closes a marked call with INVALID_ARGUMENT instead of passing it on.
 */
public final class MalformedRequests {
    /** The highest field number protobuf allows; no Crosscheck message uses it. */
    private static final int MARK_FIELD = 536_870_911;
    /** Unknown to clients, so that no request can pass itself off as malformed, or hide that it is. */
    private static final String SECRET = UUID.randomUUID() + ":";

    private MalformedRequests() {
    }

    /** The service with every method's request parsed leniently and malformed requests refused; schema kept. */
    public static ServerServiceDefinition refused(ServerServiceDefinition service) {
        ServiceDescriptor original = service.getServiceDescriptor();
        ServiceDescriptor.Builder descriptor = ServiceDescriptor.newBuilder(original.getName())
                .setSchemaDescriptor(original.getSchemaDescriptor());
        java.util.List<ServerMethodDefinition<?, ?>> methods = new java.util.ArrayList<>();
        for (ServerMethodDefinition<?, ?> method : service.getMethods()) {
            ServerMethodDefinition<?, ?> lenient = lenient(method);
            descriptor.addMethod(lenient.getMethodDescriptor());
            methods.add(lenient);
        }
        ServerServiceDefinition.Builder built = ServerServiceDefinition.builder(descriptor.build());
        methods.forEach(built::addMethod);
        return built.build();
    }

    /** Why the request did not parse, or null when it is a request as sent. */
    public static String malformation(Object request) {
        if (request instanceof Message message && message.getUnknownFields().hasField(MARK_FIELD)) {
            for (ByteString value : message.getUnknownFields().getField(MARK_FIELD).getLengthDelimitedList()) {
                String text = value.toStringUtf8();
                if (text.startsWith(SECRET)) {
                    return text.substring(SECRET.length());
                }
            }
        }
        return null;
    }

    private static <Q, R> ServerMethodDefinition<Q, R> lenient(ServerMethodDefinition<Q, R> method) {
        MethodDescriptor<Q, R> descriptor = method.getMethodDescriptor();
        if (!(descriptor.getRequestMarshaller() instanceof MethodDescriptor.PrototypeMarshaller<Q> proto)
                || !(proto.getMessagePrototype() instanceof Message)) {
            return method;
        }
        MethodDescriptor<Q, R> lenient = descriptor.toBuilder(new LenientMarshaller<>(proto), descriptor.getResponseMarshaller())
                .build();
        ServerCallHandler<Q, R> handler = method.getServerCallHandler();
        return ServerMethodDefinition.create(lenient, (call, headers) -> new Refusing<>(handler.startCall(call, headers), call));
    }

    /** Parses as the protobuf marshaller does; a failure becomes the marked default instance. */
    private static final class LenientMarshaller<T> implements MethodDescriptor.PrototypeMarshaller<T> {
        private final MethodDescriptor.PrototypeMarshaller<T> delegate;

        LenientMarshaller(MethodDescriptor.PrototypeMarshaller<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public InputStream stream(T value) {
            return delegate.stream(value);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T parse(InputStream stream) {
            try {
                return delegate.parse(stream);
            } catch (RuntimeException e) {
                Message prototype = (Message) delegate.getMessagePrototype();
                String why = "the request is not a valid " + prototype.getDescriptorForType().getFullName()
                        + " message: " + reason(e);
                UnknownFieldSet mark = UnknownFieldSet.newBuilder().addField(MARK_FIELD, UnknownFieldSet.Field.newBuilder()
                        .addLengthDelimited(ByteString.copyFromUtf8(SECRET + why)).build()).build();
                return (T) prototype.toBuilder().setUnknownFields(mark).build();
            }
        }

        @Override
        public T getMessagePrototype() {
            return delegate.getMessagePrototype();
        }

        @Override
        public Class<T> getMessageClass() {
            return delegate.getMessageClass();
        }

        private static String reason(RuntimeException e) {
            Throwable cause = e instanceof StatusRuntimeException && e.getCause() != null ? e.getCause() : e;
            String message = cause.getMessage();
            return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
        }
    }

    /** Closes a call whose request did not parse with INVALID_ARGUMENT; passes nothing of it to the service. */
    private static final class Refusing<Q, R> extends ForwardingServerCallListener.SimpleForwardingServerCallListener<Q> {
        private final ServerCall<Q, R> call;
        private boolean refused;

        Refusing(ServerCall.Listener<Q> delegate, ServerCall<Q, R> call) {
            super(delegate);
            this.call = call;
        }

        @Override
        public void onMessage(Q message) {
            if (refused) {
                return;
            }
            String why = malformation(message);
            if (why == null) {
                super.onMessage(message);
                return;
            }
            refused = true;
            StatusRuntimeException status = GrpcErrors.invalidArgument("", why);
            call.close(status.getStatus(), status.getTrailers() != null ? status.getTrailers() : new io.grpc.Metadata());
        }

        @Override
        public void onHalfClose() {
            if (!refused) {
                super.onHalfClose();
            }
        }

        @Override
        public void onReady() {
            if (!refused) {
                super.onReady();
            }
        }
    }
}
